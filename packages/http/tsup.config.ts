import { libraryPreset } from '@cavra/config/tsup';
import { defineConfig } from 'tsup';

export default defineConfig(
  libraryPreset({
    dts: { entry: ['src/index.ts', 'src/node.ts', 'src/worker.ts'] },
    // The shipped JSON Schema files are imported, not bundled, and Node and Deno load a JSON
    // module only with `with { type: 'json' }`. esbuild drops the attribute for an es2022
    // target unless told it is supported, and the extra rollup tree-shaking pass would
    // rewrite it to the `assert` form that Node 22 removed; esbuild alone still tree-shakes.
    treeshake: false,
    esbuildOptions(options) {
      options.supported = { ...options.supported, 'import-attributes': true };
    },
  }),
);
