import type { StatusTone } from '../view/status-tone.js';
import { escapeHtml } from './escape-html.js';

/** The mark beside a status word, so the tone reads without colour too. */
const MARKS: Readonly<Record<StatusTone, string>> = {
  ok: '✓',
  attention: '!',
  worst: '✕',
  none: '–',
};

/**
 * Renders a status as a badge: its word (or `not reported`) in the tone's colour, with a
 * mark that tells the tone apart without colour.
 *
 * @param status The status, or `null` when nothing reports it.
 * @param tone How it reads.
 * @returns The HTML of the badge.
 */
export function statusBadge(status: string | null, tone: StatusTone): string {
  const word = status === null ? 'not reported' : escapeHtml(status);
  return `<span class="badge tone-${tone}"><span aria-hidden="true">${MARKS[tone]}</span> ${word}</span>`;
}
