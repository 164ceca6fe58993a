// @ts-check
import { defineProject } from 'vitest/config';

/**
 * The vitest project preset: unit tests in `src/**\/*.test.ts`, type tests in
 * `src/**\/*.test-d.ts` checked by the TypeScript compiler.
 *
 * @param {import('vitest/config').UserWorkspaceConfig['test']} [overrides] Test options merged over the preset.
 * @returns {import('vitest/config').UserWorkspaceConfig} The project config.
 */
export function libraryProject(overrides = {}) {
  return defineProject({
    test: {
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      typecheck: {
        enabled: true,
        include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'],
        tsconfig: './tsconfig.json',
      },
      ...overrides,
    },
  });
}
