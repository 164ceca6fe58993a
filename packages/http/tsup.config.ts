import { libraryPreset } from '@cavra/config/tsup';
import { defineConfig } from 'tsup';

export default defineConfig(libraryPreset({ dts: { entry: ['src/index.ts', 'src/node.ts'] } }));
