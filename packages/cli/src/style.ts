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

/** What the command line asked of colour: `--color` (always), `--no-color` (never), or neither. */
export type ColourChoice = 'auto' | 'always' | 'never';

/**
 * Tells whether output to a stream may carry colour: `--color` and `--no-color` decide when
 * given; otherwise only when the stream is a terminal, `NO_COLOR` is unset and `TERM` is not
 * `dumb`.
 *
 * @param stream The stream written to, usually `process.stdout`.
 * @param env The environment, usually `process.env`.
 * @param choice The command line's choice; default `auto`.
 * @returns `true` when escape codes may be written.
 */
export function colourEnabled(
  stream: ColourTarget,
  env: Readonly<Record<string, string | undefined>>,
  choice: ColourChoice = 'auto',
): boolean {
  if (choice !== 'auto') return choice === 'always';
  return stream.isTTY === true && env['NO_COLOR'] === undefined && env['TERM'] !== 'dumb';
}

let colourChoice: ColourChoice = 'auto';

/**
 * Records the command line's colour choice for this run; the runner calls it once per run.
 *
 * @param choice `always` for `--color`, `never` for `--no-color`, else `auto`.
 */
export function chooseColour(choice: ColourChoice): void {
  colourChoice = choice;
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
 * @returns Styles that colour as `--color`/`--no-color` say, else only on a terminal without `NO_COLOR`.
 */
export function stdoutStyle(): Style {
  return createStyle(colourEnabled(process.stdout, process.env, colourChoice));
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
