import type { SensitiveSpan } from './locate-sensitive-text.js';
import { VALUE_RULES } from './value-rules.js';
import { createTextScanner, type TextScanner } from './value-scanner.js';
import { withoutIgnorable } from './without-ignorable.js';

let scanner: TextScanner | undefined;

/**
 * The scanner over the value rule table, built on first use. A text holding invisible
 * characters is scanned without them ({@link withoutIgnorable}), and each span is mapped
 * back onto the text as given, so `ghp` + a soft hyphen + `_…` is still a GitHub token.
 * The scanner tells such a text at the first one; a text without them is read once.
 *
 * @param text Any text.
 * @param limit Stop after this many spans.
 * @returns The spans, in text order, as offsets into `text`.
 * @internal
 */
export function scanText(text: string, limit: number): readonly SensitiveSpan[] {
  scanner ??= createTextScanner(VALUE_RULES);
  const spans = scanner(text, limit, false);
  if (spans !== undefined) return spans;
  const hidden = withoutIgnorable(text);
  // The scanner stopped at the high surrogate of a pair that makes another character.
  if (hidden === undefined) return scanner(text, limit, true) ?? [];
  const { visible, offsets } = hidden;
  return (scanner(visible, limit, true) ?? []).map(({ rule, start, end }) => ({
    rule,
    start: offsets[start] as number,
    end: (offsets[end - 1] as number) + 1,
  }));
}
