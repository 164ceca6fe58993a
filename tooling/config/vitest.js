// @ts-check
import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

// The root tsconfig, by real path: the transformer does not follow `extends` through the
// workspace symlink of `@cavra/config`, so packages' own tsconfig.json cannot be used here.
const ROOT_TSCONFIG = fileURLToPath(new URL('../../tsconfig.base.json', import.meta.url));

/**
 * The vitest project preset: unit tests in `src/**\/*.test.ts`, type tests in
 * `src/**\/*.test-d.ts` checked by the TypeScript compiler.
 *
 * @param {import('vitest/config').UserWorkspaceConfig['test']} [overrides] Test options merged over the preset.
 * @returns {import('vitest/config').UserWorkspaceConfig} The project config.
 */
export function libraryProject(overrides = {}) {
  return defineProject({
    tsconfig: ROOT_TSCONFIG,
    test: {
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      // Generous limits: CI has two cores, and turbo runs two packages' suites at once.
      testTimeout: 60_000,
      hookTimeout: 60_000,
      typecheck: {
        enabled: true,
        include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'],
        tsconfig: './tsconfig.json',
      },
      ...overrides,
    },
  });
}
