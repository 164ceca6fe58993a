// @ts-check
/**
 * The size-limit checks of one contract package: what a consumer's bundle grows by (minified,
 * gzipped, dependencies included) when it imports only a vocabulary constant, and when it
 * imports the whole build, respond and parse API (the six build, parse and safeParse
 * functions; `describeContract` and `rollupSummary` are core functions of their own, so they
 * are not in it). Each package's `.size-limit.cjs` calls this with its own names and budgets;
 * an API budget is the size measured when it was last set, plus 0.1 kB. Lower a budget in the change
 * that makes a package smaller; raise one only on purpose, in the change that makes it
 * bigger, and say why in its changeset.
 *
 * @param {object} budget The package's names and budgets.
 * @param {string} budget.vocabulary One vocabulary constant, e.g. `X_CHECKS`.
 * @param {string[]} budget.api The builder and parser functions.
 * @param {{ vocabulary: string, api: string }} budget.limits size-limit limits, e.g. `300 B`.
 * @returns {object[]} The size-limit configuration.
 */
function contractSizeBudget({ vocabulary, api, limits }) {
  const shared = {
    path: 'dist/index.js',
    gzip: true,
    // The split build leaves bare `import './chunk.js'` lines that `sideEffects: false` makes
    // esbuild drop, which is the point; do not warn about it on every run.
    /** @param {{ logOverride?: Record<string, string> }} config */
    modifyEsbuildConfig: (config) => ({
      ...config,
      logOverride: { ...config.logOverride, 'ignored-bare-import': 'silent' },
    }),
  };
  return [
    {
      ...shared,
      name: `vocabulary only: { ${vocabulary} }`,
      import: `{ ${vocabulary} }`,
      limit: limits.vocabulary,
    },
    {
      ...shared,
      name: 'build + respond + parse API',
      import: `{ ${api.join(', ')} }`,
      limit: limits.api,
    },
  ];
}

module.exports = { contractSizeBudget };
