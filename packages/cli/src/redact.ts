import { matchKeyRule, matchValueRule } from '@cavra/contracts-core';

const LONGEST_ECHO = 40;

/**
 * Makes a piece of user input safe to quote in a message: a value the sensitive-material
 * guard flags becomes `<redacted>`, a long one is cut short, and control characters are
 * dropped. Used for unknown options, commands and operations, and file names.
 *
 * @param token What the user typed.
 * @returns Text safe to print, quoted.
 */
export function quoteInput(token: string): string {
  if (matchValueRule(token) || matchKeyRule(token)) return '<redacted>';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the pattern exists to drop them
  const printable = token.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
  const short =
    printable.length > LONGEST_ECHO ? `${printable.slice(0, LONGEST_ECHO)}...` : printable;
  return `'${short}'`;
}
