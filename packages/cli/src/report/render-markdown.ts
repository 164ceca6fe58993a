import { escapeNonPrintable } from '@cavra/contracts-core';
import type { ReadinessReport } from './readiness-report.js';
import { verdict } from './render-text.js';

/**
 * Renders a report as GitHub-flavoured Markdown, e.g. for a pull-request comment or a CI
 * job summary: a heading with the overall status, a table of every status, the blockers.
 *
 * @param report The report.
 * @returns The Markdown, ending with a newline.
 */
export function renderMarkdown(report: ReadinessReport): string {
  const lines = [
    `## ${report.operation}: ${report.status}`,
    '',
    `Tenant ${escapeMarkdown(report.tenant_id)}: **${verdict(report)}**.`,
    `Response status \`${report.response_status}\`, correlation id \`${report.correlation_id}\`.`,
    '',
    '| check | summary field | status |',
    '| --- | --- | --- |',
  ];
  for (const entry of report.statuses) {
    const check = entry.check === null ? '_(overall)_' : `\`${entry.check}\``;
    const field = entry.field === null ? '_(no v1 field)_' : `\`${entry.field}\``;
    const note = entry.requested === false ? ' _(not requested)_' : '';
    lines.push(`| ${check}${note} | ${field} | ${entry.status ?? '-'} |`);
  }
  lines.push('', '### Blockers', '');
  if (report.blockers.length === 0) lines.push('None.');
  for (const blocker of report.blockers) lines.push(`- ${escapeMarkdown(blocker)}`);
  lines.push('', `**Next step:** ${escapeMarkdown(report.next_step)}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Escapes the characters Markdown would read as formatting, so document text shows as
 * written, after writing every non-printable character as a visible `\uXXXX` escape.
 *
 * @param text Plain text.
 * @returns The escaped text.
 */
export function escapeMarkdown(text: string): string {
  return escapeNonPrintable(text).replace(
    /[\\`*_{}[\]()<>#+!|~]/g,
    (character) => `\\${character}`,
  );
}
