export { type RunningServer, type StartServerOptions, startServer } from './start-server.js';
