// @ts-check
/**
 * The tsup preset every published package builds with: dual ESM/CJS output with
 * `.d.ts`/`.d.cts` declarations, no bundled dependencies.
 *
 * Every source module is an entry and the output is split into shared chunks, so a consumer's
 * bundler can drop whole modules (the packages declare `sideEffects: false`). Bundlers such as
 * esbuild do not carry `@__NO_SIDE_EFFECTS__` annotations across module boundaries, so with a
 * single-file build importing one vocabulary constant would also pull in every valibot schema.
 * Declarations stay one file per format, rolled up from `src/index.ts`.
 *
 * @param {import('tsup').Options} [overrides] Options merged over the preset.
 * @returns {import('tsup').Options} The tsup options.
 */
export function libraryPreset(overrides = {}) {
  return {
    entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.test-d.ts', '!src/**/*.bench.ts'],
    format: ['esm', 'cjs'],
    dts: { entry: 'src/index.ts' },
    clean: true,
    sourcemap: false,
    treeshake: true,
    splitting: true,
    target: 'es2022',
    platform: 'neutral',
    outDir: 'dist',
    ...overrides,
  };
}
