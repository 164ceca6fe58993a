import { libraryPreset } from '@cavra/config/tsup';
import { defineConfig } from 'tsup';

export default defineConfig(
  libraryPreset({ dts: { entry: ['src/index.ts', 'src/v1/index.ts', 'src/v2/index.ts'] } }),
);
