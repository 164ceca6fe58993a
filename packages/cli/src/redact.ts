import { escapeNonPrintable, findSensitiveMaterial } from '@cavra/contracts-core';

/** Longest input quoted in full; longer input that is safe is cut. */
const LONGEST_ECHO = 64;
/** Longest input checked at all: anything longer is never quoted, not even cut. */
const LONGEST_CHECKED = 256;
/** What stands for input that is not shown. */
const DROPPED = '<redacted>';
/** Characters after which a credential may start inside an argument (`--`, `x=`, `dir/`, `key-`). */
const SEPARATOR = /[^A-Za-z0-9]/;

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
 * Like {@link isSensitive}, and also checks every suffix that starts after a separator,
 * so a credential glued to `--`, `key-`, `name=` or a folder name is found even where the
 * guard's own patterns want it to start a word. Quadratic: for short text only.
 */
function carriesSensitive(text: string): boolean {
  if (isSensitive(text)) return true;
  for (let index = 1; index < text.length; index++) {
    if (SEPARATOR.test(text.charAt(index - 1)) && isSensitive(text.slice(index))) return true;
  }
  return false;
}

/**
 * Makes a piece of user input safe to quote in a message. Input the guard flags, also
 * after a separator such as `--` or `key-`, or too long to check cheaply, is dropped whole: the message shows
 * `<redacted>`, never a part of it. Other input is quoted with its non-printable
 * characters escaped, cut after 64 characters. Used for unknown options, commands,
 * operations and formats, option values and file names.
 *
 * @param token What the user typed.
 * @returns Text safe to print, quoted, or `<redacted>`.
 */
export function quoteInput(token: string): string {
  if (token.length > LONGEST_CHECKED || carriesSensitive(token)) return DROPPED;
  const shown = token.length > LONGEST_ECHO ? `${token.slice(0, LONGEST_ECHO)}…` : token;
  return `'${escapeNonPrintable(shown)}'`;
}

/** The longest file name quoted in a message; a path longer than this is cut short. */
const LONGEST_PATH = 1024;

/**
 * Makes a file name safe to print in full: a name the guard flags becomes `<redacted>`,
 * non-printable characters (controls, bidi controls, zero-width) are shown as `\uXXXX`
 * escapes, and only a name longer than any real path is cut short.
 * Used for the names of files read, where the whole path tells which file is meant.
 *
 * @param path The file name as given or found.
 * @returns The name, safe to print, unquoted.
 */
export function safePath(path: string): string {
  if (isSensitive(path)) return '<redacted>';
  const printable = escapeNonPrintable(path);
  return printable.length > LONGEST_PATH ? `${printable.slice(0, LONGEST_PATH)}...` : printable;
}
