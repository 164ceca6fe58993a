import { libraryPreset } from '@cavra/config/tsup';
import { buildSync } from 'esbuild';
import { defineConfig } from 'tsup';

// The console page's script is one minified browser bundle of `src/browser` (the shared
// renderer included), built first and compiled into `CONSOLE_SCRIPT` as a string, so the
// HTTP app can serve it on any runtime without reading a file.
const [script] = buildSync({
  entryPoints: ['src/browser/main.ts'],
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  write: false,
}).outputFiles;

export default defineConfig(
  libraryPreset({
    entry: [
      'src/**/*.ts',
      '!src/browser/**',
      '!src/**/*.test.ts',
      '!src/**/*.test-d.ts',
      '!src/**/*.bench.ts',
    ],
    dts: { entry: ['src/index.ts', 'src/page.ts'] },
    define: { __CONSOLE_SCRIPT__: JSON.stringify(script?.text ?? '') },
  }),
);
