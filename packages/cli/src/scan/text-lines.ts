import { LineCounter } from 'yaml';

/**
 * Indexes the line starts of a text (lines end at `\n`; a `\r` before it belongs to the
 * line), so that any UTF-16 offset maps to a 1-based line and column by
 * `lineCounter.linePos(offset)`. The YAML parser fills the same index for the documents it
 * reads.
 *
 * @param text The text.
 * @returns The filled line index.
 */
export function lineCounterOf(text: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    lines.addNewLine(at + 1);
  }
  return lines;
}
