import { locateSensitiveText } from '@cavra/contracts-core';
import { maskPreview } from './mask-preview.js';
import type { FileFinding } from './scan-finding.js';
import { lineCounterOf } from './text-lines.js';

/**
 * Scans a text file for credentials with the guard's value rules: every finding carries
 * the line and column (1-based, UTF-16 code units) where the credential starts.
 *
 * @param text The file's text.
 * @param limit The most findings to report.
 * @param isReported Tells whether a credential starting at a UTF-16 offset is already
 *   reported (by a document scan of the same text); such a one is left out.
 * @returns The findings, in text order.
 */
export function scanText(
  text: string,
  limit: number,
  isReported: (offset: number) => boolean = () => false,
): FileFinding[] {
  const spans = locateSensitiveText(text, limit).filter((span) => !isReported(span.start));
  if (spans.length === 0) return [];
  const lines = lineCounterOf(text);
  return spans.map((span) => {
    const { line, col } = lines.linePos(span.start);
    return {
      rule: span.rule,
      target: 'value',
      line,
      column: col,
      preview: maskPreview(text.slice(span.start, span.end)),
    };
  });
}
