import { libraryPreset } from '@cavra/config/tsup';
import { defineConfig } from 'tsup';

// The CLI is ESM-only (citty is): `bin.js` starts the command line and `index.js` exposes
// `runCli` for embedding. Splitting keeps every command in its own chunk, loaded on demand.
export default defineConfig(
  libraryPreset({
    entry: ['src/bin.ts', 'src/index.ts'],
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    splitting: true,
    dts: { entry: 'src/index.ts' },
  }),
);
