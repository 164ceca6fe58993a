import { libraryProject } from '@cavra/config/vitest';

// One browser at a time: the suites share two cores with the rest of `pnpm check`.
export default libraryProject({ fileParallelism: false });
