import { libraryPreset } from '@cavra/config/tsup';
import { defineConfig } from 'tsup';

export default defineConfig(libraryPreset());
