// @ts-check
import { spawnSync } from 'node:child_process';

/**
 * Options of {@link runCommand}.
 *
 * @typedef {object} RunOptions
 * @property {string} cwd Working folder.
 * @property {NodeJS.ProcessEnv} env Environment of the child (used as is, not merged).
 * @property {boolean} [quiet] Capture the output and print it only on failure.
 * @property {number} [timeoutMs] Kill the command after this long; default 5 minutes.
 */

/**
 * The outcome of a command.
 *
 * @typedef {object} RunResult
 * @property {string} stdout Standard output.
 * @property {string} stderr Standard error.
 */

/** A failed step of the rehearsal: the message says what broke, without a stack trace. */
export class RehearsalError extends Error {
  /** @override */
  name = 'RehearsalError';
}

/**
 * Runs a command to completion, echoing it first. The output is captured, printed (unless
 * `quiet`), and returned; a non-zero exit, a signal or a timeout throws a {@link RehearsalError}
 * that carries the output.
 *
 * @param {string} command Executable.
 * @param {string[]} args Arguments.
 * @param {RunOptions} options Where and how to run it.
 * @returns {RunResult} The captured output.
 */
export function runCommand(command, args, options) {
  const shown = [command, ...args].map((part) => (/\s/.test(part) ? JSON.stringify(part) : part));
  console.log(`$ ${shown.join(' ')}`);
  const result = spawnSync(command, args, {
    cwd: options.cwd,
    env: options.env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: options.timeoutMs ?? 5 * 60 * 1000,
    killSignal: 'SIGKILL',
  });
  const stdout = result.stdout ?? '';
  const stderr = result.stderr ?? '';
  const failed = result.error !== undefined || result.status !== 0;
  if (!options.quiet || failed) {
    if (stdout.trim()) console.log(indent(stdout));
    if (stderr.trim()) console.log(indent(stderr));
  }
  if (failed) {
    const why = result.error
      ? result.error.message
      : result.signal
        ? `was killed by ${result.signal}`
        : `exited with code ${result.status}`;
    throw new RehearsalError(`\`${shown.join(' ')}\` ${why}`);
  }
  return { stdout, stderr };
}

/**
 * Indents every line of a block of output, so it reads as belonging to the command above it.
 *
 * @param {string} text Output.
 * @returns {string} The indented text, without a trailing newline.
 */
export function indent(text) {
  return text
    .trimEnd()
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}
