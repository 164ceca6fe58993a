import { libraryProject } from '@cavra/config/vitest';

/**
 * The runtime matrix: the API scenario suite against the built package served by Node, Bun,
 * Deno and workerd, each in its own process (`pnpm run runtimes`; needs `pnpm build` first).
 */
export default libraryProject({
  include: ['test/runtimes/**/*.test.ts'],
  typecheck: { enabled: false },
});
