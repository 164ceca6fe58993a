import { findSensitiveMaterial } from '@cavra/contracts-core';

const LONGEST_ECHO = 40;

/**
 * Tells whether the sensitive-material guard flags a piece of text, either as a value or
 * as a key (a key naming a secret, or a key that is itself a credential).
 *
 * @param text Any text.
 * @returns `true` when it must never be printed.
 */
export function isSensitive(text: string): boolean {
  return findSensitiveMaterial({ [text]: text }, { limit: 1 }).length > 0;
}

/**
 * Makes a piece of user input safe to quote in a message: text the guard flags becomes
 * `<redacted>`, long text is cut short, and control characters are dropped. Used for
 * unknown options, commands, operations and formats, and for file names.
 *
 * @param token What the user typed.
 * @returns Text safe to print, quoted.
 */
export function quoteInput(token: string): string {
  if (isSensitive(token)) return '<redacted>';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the pattern exists to drop them
  const printable = token.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
  const short =
    printable.length > LONGEST_ECHO ? `${printable.slice(0, LONGEST_ECHO)}...` : printable;
  return `'${short}'`;
}

/** The longest file name quoted in a message; a path longer than this is cut short. */
const LONGEST_PATH = 1024;

/**
 * Makes a file name safe to print in full: a name the guard flags becomes `<redacted>`,
 * control characters are dropped, and only a name longer than any real path is cut short.
 * Used for the names of files read, where the whole path tells which file is meant.
 *
 * @param path The file name as given or found.
 * @returns The name, safe to print, unquoted.
 */
export function safePath(path: string): string {
  if (isSensitive(path)) return '<redacted>';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the pattern exists to drop them
  const printable = path.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
  return printable.length > LONGEST_PATH ? `${printable.slice(0, LONGEST_PATH)}...` : printable;
}
