import { EXIT_CODES, type ExitCode } from './exit-codes.js';

const MARKER = Symbol.for('cavra.contracts-cli.CliError');

/**
 * An expected failure of the command line: wrong usage, unreadable input, or a contract
 * violation found outside a `ContractError`. The runner prints its one-line message, never
 * a stack trace, and exits with its code. Messages never hold a detected secret.
 */
export class CliError extends Error {
  /** Always `'CliError'`. */
  override readonly name = 'CliError';
  /** The exit code the process ends with. */
  readonly exitCode: ExitCode;
  /** A hint printed after the message, e.g. which `--help` to read. */
  readonly hint: string | undefined;
  /**
   * The rule an unreadable input broke (`unreadable`, `too_large`, `malformed_json`,
   * `duplicate_key`, `too_deep`), if any.
   */
  readonly rule: string | undefined;
  /** The JSON path a `duplicate_key` or `too_deep` input breaks its rule at; `''` otherwise. */
  readonly path: string;

  /**
   * @param message What went wrong, in one line.
   * @param exitCode The exit code; default 2 (usage or I/O).
   * @param hint Optional follow-up line.
   * @param rule The rule an unreadable input broke, for `--json` output.
   * @param path Where in the JSON text it broke it, for `--json` output; default `''`.
   */
  constructor(
    message: string,
    exitCode: ExitCode = EXIT_CODES.usage,
    hint?: string,
    rule?: string,
    path = '',
  ) {
    super(message);
    this.exitCode = exitCode;
    this.hint = hint;
    this.rule = rule;
    this.path = path;
    Object.defineProperty(this, MARKER, { value: true });
  }

  /**
   * Tells whether a value is a `CliError`, also one from another copy of this package.
   *
   * @param error Any caught value.
   * @returns `true` for a CLI error.
   */
  static isInstance(error: unknown): error is CliError {
    return typeof error === 'object' && error !== null && MARKER in error;
  }
}

/**
 * Builds the error of a command used the wrong way (exit code 2).
 *
 * @param message What is wrong with the command line.
 * @param command The command whose `--help` explains the usage, if any.
 * @returns The error to throw.
 */
export function usageError(message: string, command?: string): CliError {
  const help = command ? `cavra-contracts ${command} --help` : 'cavra-contracts --help';
  return new CliError(message, EXIT_CODES.usage, `run '${help}' for usage`);
}

/**
 * Builds the error of input that cannot be read as a document (exit code 2).
 *
 * @param message Why the input cannot be read.
 * @param rule The rule it broke: `unreadable` (no such file, a directory, no permission),
 *   `too_large`, `malformed_json` (not UTF-8, binary, empty, not JSON), `duplicate_key` or
 *   `too_deep`; default `malformed_json`.
 * @param path The JSON path of a duplicate key or of too deep nesting; default `''`.
 * @returns The error to throw.
 */
export function inputError(message: string, rule = 'malformed_json', path = ''): CliError {
  return new CliError(message, EXIT_CODES.usage, undefined, rule, path);
}
