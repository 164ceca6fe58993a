import type { StatusTone } from '../view/status-tone.js';
import { escapeHtml } from './escape-html.js';

/** The short class of each tone; the style sheet colours it and puts a mark before the word. */
const TONE_CLASSES: Readonly<Record<StatusTone, string>> = {
  ok: 't-ok',
  attention: 't-at',
  worst: 't-wo',
  none: 't-no',
};

/**
 * Renders a status as a badge: its word (or `not reported`) in the tone's colour, after a
 * mark (✓, !, ✕, –) that tells the tone apart without colour. The markup is short because
 * a fleet report holds one badge per tenant and check.
 *
 * @param status The status, or `null` when nothing reports it.
 * @param tone How it reads.
 * @returns The HTML of the badge.
 */
export function statusBadge(status: string | null, tone: StatusTone): string {
  const word = status === null ? 'not reported' : escapeHtml(status);
  return `<span class="b ${TONE_CLASSES[tone]}">${word}</span>`;
}

/**
 * Renders a status as a table cell in the tone's colour, after the tone's mark: the badge's
 * look with the cell as the badge, for tables with a cell per tenant and check.
 *
 * @param status The status, or `null` when nothing reports it.
 * @param tone How it reads.
 * @returns The HTML of a `<td>`.
 */
export function statusCell(status: string | null, tone: StatusTone): string {
  const word = status === null ? 'not reported' : escapeHtml(status);
  return `<td class="${TONE_CLASSES[tone]}">${word}</td>`;
}
