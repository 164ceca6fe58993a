import { libraryProject } from '@cavra/config/vitest';
import { configDefaults } from 'vitest/config';

// The runtime matrix (test/runtimes) runs as its own task: `pnpm run runtimes`.
export default libraryProject({ exclude: [...configDefaults.exclude, 'test/runtimes/**'] });
