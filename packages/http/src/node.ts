export { type BatchedLines, batchLines } from './batch-lines.js';
export {
  DEFAULT_HOST,
  DEFAULT_PORT,
  type RunningServer,
  SERVER_LIMITS,
  type StartServerOptions,
  startServer,
} from './start-server.js';
