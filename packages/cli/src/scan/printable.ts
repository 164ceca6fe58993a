// biome-ignore lint/suspicious/noControlCharactersInRegex: the pattern exists to replace them
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * Makes text from a scanned tree safe for one line of output: control characters and line
 * or paragraph separators show as `?`.
 *
 * @param text A file name or a preview.
 * @returns The text with every unprintable character replaced.
 */
export function showPrintable(text: string): string {
  return text.replace(UNPRINTABLE, '?');
}
