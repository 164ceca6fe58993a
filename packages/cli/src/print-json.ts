import { stringifyJsonText } from '@cavra/contracts';
import { printOut } from './output.js';

/**
 * Writes a JSON value to standard output, indented by two spaces, its invisible and
 * direction-changing characters (in a key or a file name the input carried) written as
 * `\uXXXX` escapes, so a terminal shows what the JSON holds (`stringifyJsonText`).
 *
 * @param value A JSON value.
 */
export function printJson(value: unknown): void {
  printOut(stringifyJsonText(value, 2));
}
