import { fileURLToPath } from 'node:url';
import { libraryProject } from '@cavra/config/vitest';

// The README example imports the package by name; tests run it against the sources.
export default libraryProject({
  alias: {
    '@cavra/saas-operating-automation-worker-handoff': fileURLToPath(
      new URL('./src/index.ts', import.meta.url),
    ),
  },
});
