export { V2 } from './versions.js';
