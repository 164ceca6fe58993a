import type { SensitiveSpan } from './locate-sensitive-text.js';
import { VALUE_RULES } from './value-rules.js';
import { createTextScanner, type TextScanner } from './value-scanner.js';

let scanner: TextScanner | undefined;

/**
 * The scanner over the value rule table, built on first use.
 *
 * @param text Any text.
 * @param limit Stop after this many spans.
 * @returns The spans, in text order.
 * @internal
 */
export function scanText(text: string, limit: number): readonly SensitiveSpan[] {
  scanner ??= createTextScanner(VALUE_RULES);
  return scanner(text, limit);
}
