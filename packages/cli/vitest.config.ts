import { libraryProject } from '@cavra/config/vitest';

// The tests run the built binary as a subprocess (about 0.1 s each, more on a busy machine).
export default libraryProject({ testTimeout: 30_000 });
