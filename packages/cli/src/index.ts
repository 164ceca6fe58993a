export { CliError } from './cli-error.js';
export { EXIT_CODES, type ExitCode } from './exit-codes.js';
export { runCli } from './run.js';
