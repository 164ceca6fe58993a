/**
 * Writes a result to standard output, ending it with a newline.
 *
 * @param text The text.
 */
export function printOut(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

/**
 * Writes a diagnostic to standard error, ending it with a newline.
 *
 * @param text The text.
 */
export function printErr(text: string): void {
  process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
}
