import { VALUE_RULES } from './value-rules.js';

/** Where a credential sits in a text, and which rule found it. Never the text itself. */
export interface SensitiveSpan {
  /** Id of the rule that fired (a value rule id such as `value.github-token`). */
  readonly rule: string;
  /** UTF-16 offset of the credential's first character. */
  readonly start: number;
  /** UTF-16 offset just past the credential's last character. */
  readonly end: number;
}

const DEFAULT_LIMIT = 100;

let global: readonly { readonly id: string; readonly pattern: RegExp }[] | undefined;

/**
 * Finds every credential in a text and says where it is. Spans are sorted by start and do
 * not overlap; where two rules cover the same text, the earlier and then longer span wins.
 *
 * @param text Any text (a file, a log line, a string value).
 * @param limit Stop after this many spans; default 100.
 * @returns The spans, in text order.
 */
export function locateSensitiveText(text: string, limit = DEFAULT_LIMIT): readonly SensitiveSpan[] {
  global ??= VALUE_RULES.map((rule) => ({
    id: rule.id,
    pattern: new RegExp(rule.pattern.source, `${rule.pattern.flags}g`),
  }));
  const found: SensitiveSpan[] = [];
  for (const { id, pattern } of global) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      found.push({ rule: id, start: match.index, end: match.index + match[0].length });
      if (match[0].length === 0) pattern.lastIndex++;
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const spans: SensitiveSpan[] = [];
  for (const span of found) {
    const last = spans[spans.length - 1];
    if (last !== undefined && span.start < last.end) continue;
    spans.push(span);
    if (spans.length >= Math.max(1, Math.floor(limit))) break;
  }
  return spans;
}
