// @ts-check
/**
 * The tsup preset every published package builds with: dual ESM/CJS output with
 * `.d.ts`/`.d.cts` declarations, tree-shakeable, no bundled dependencies.
 *
 * @param {import('tsup').Options} [overrides] Options merged over the preset.
 * @returns {import('tsup').Options} The tsup options.
 */
export function libraryPreset(overrides = {}) {
  return {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: false,
    treeshake: true,
    splitting: false,
    target: 'es2022',
    platform: 'neutral',
    outDir: 'dist',
    ...overrides,
  };
}
