/** Text styles for terminal output; each is the identity when colour is off. */
export interface Style {
  /** Whether escape codes are written at all. */
  readonly enabled: boolean;
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly red: (text: string) => string;
  readonly green: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly cyan: (text: string) => string;
}

interface ColourTarget {
  readonly isTTY?: boolean;
}

/**
 * Tells whether output to a stream may carry colour: only when the stream is a terminal,
 * `NO_COLOR` is unset and `TERM` is not `dumb`.
 *
 * @param stream The stream written to, usually `process.stdout`.
 * @param env The environment, usually `process.env`.
 * @returns `true` when escape codes may be written.
 */
export function colourEnabled(
  stream: ColourTarget,
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  return stream.isTTY === true && env['NO_COLOR'] === undefined && env['TERM'] !== 'dumb';
}

/**
 * Creates the text styles.
 *
 * @param enabled Whether to write escape codes.
 * @returns The styles.
 */
export function createStyle(enabled: boolean): Style {
  const wrap = (open: number, close: number) => (text: string) =>
    enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return {
    enabled,
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    red: wrap(31, 39),
    green: wrap(32, 39),
    yellow: wrap(33, 39),
    cyan: wrap(36, 39),
  };
}

/**
 * The style of standard output for this process.
 *
 * @returns Styles that colour only on a terminal without `NO_COLOR`.
 */
export function stdoutStyle(): Style {
  return createStyle(colourEnabled(process.stdout, process.env));
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the pattern exists to find escape codes
const ESCAPE_CODES = /\u001b\[[0-9;]*[A-Za-z]/g;

/**
 * Removes terminal escape codes, e.g. from text a library coloured on its own.
 *
 * @param text Any text.
 * @returns The text without escape codes.
 */
export function stripEscapes(text: string): string {
  return text.replace(ESCAPE_CODES, '');
}
