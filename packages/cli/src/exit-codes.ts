/**
 * The exit codes of `cavra-contracts`. Documented in the README; scripts and CI pipelines
 * branch on them, so they never change meaning.
 */
export const EXIT_CODES = {
  /** The command did its job; a validated document is valid. */
  ok: 0,
  /** A contract violation: an invalid document, a value outside a vocabulary, sensitive material. */
  violation: 1,
  /** A usage or I/O error: unknown command or option, missing file, unreadable or oversize input. */
  usage: 2,
} as const;

/** One exit code of the CLI. */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];
