import { libraryProject } from '@cavra/config/vitest';

export default libraryProject();
