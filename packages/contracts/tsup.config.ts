import { libraryPreset } from '@cavra/config/tsup';
import { defineConfig } from 'tsup';

export default defineConfig(
  libraryPreset({
    // The registry imports the shipped JSON Schema files, and Node loads a JSON module only
    // with `with { type: 'json' }`: esbuild keeps the attribute only when told it is
    // supported, and rollup's extra tree-shaking pass would rewrite it (see the http package).
    treeshake: false,
    esbuildOptions(options) {
      options.supported = { ...options.supported, 'import-attributes': true };
    },
  }),
);
