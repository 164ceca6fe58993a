/**
 * Characters that print as nothing or change how what follows prints: control characters,
 * format characters (zero-width, bidi controls, BOM), line and paragraph separators and
 * lone surrogates, the class core's `escapeNonPrintable` escapes.
 */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;

/**
 * Makes text from a scanned tree safe for one line of output: control characters, format
 * characters such as bidi controls, line or paragraph separators and lone surrogates show
 * as `?`, so a file named with U+202E cannot reverse the rest of its line.
 *
 * @param text A file name or a preview.
 * @returns The text with every unprintable character replaced.
 */
export function showPrintable(text: string): string {
  return text.replace(UNPRINTABLE, '?');
}
