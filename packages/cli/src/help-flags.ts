/** The names `--help` is recognised by on every command. */
export const HELP_FLAGS: readonly string[] = ['--help', '-h'];

/** The names `--version` is recognised by, as the only top-level argument. */
export const VERSION_FLAGS: readonly string[] = ['--version', '-v'];

/**
 * Tells whether a command line asks for help (before any `--`).
 *
 * @param rawArgs The arguments after the command name.
 * @returns `true` when `--help` or `-h` is present.
 */
export function wantsHelp(rawArgs: readonly string[]): boolean {
  for (const arg of rawArgs) {
    if (arg === '--') return false;
    if (HELP_FLAGS.includes(arg)) return true;
  }
  return false;
}
