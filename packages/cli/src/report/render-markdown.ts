import { escapeNonPrintable } from '@cavra/contracts-core';
import type { ReadinessReport } from './readiness-report.js';
import { glossaryLine, verdict } from './render-text.js';

/**
 * Renders a report as GitHub-flavoured Markdown, e.g. for a pull-request comment or a CI
 * job summary: a heading with the overall status and its reason, the service's own overall
 * claims, the response status in plain words, a table of every check, the blockers.
 *
 * @param report The report.
 * @returns The Markdown, ending with a newline.
 */
export function renderMarkdown(report: ReadinessReport): string {
  const lines = [
    `## ${report.operation}: ${report.status}`,
    '',
    `Tenant ${escapeMarkdown(report.tenant_id)}: **${escapeMarkdown(verdict(report))}**.`,
  ];
  for (const claim of report.claims) {
    lines.push(
      `The service's own overall claim, \`${claim.field}\`: **${claim.status}** (${escapeMarkdown(claim.note)}).`,
    );
  }
  lines.push(
    `Response status \`${report.response_status}\`: ${escapeMarkdown(report.response_status_meaning)}.`,
    `Correlation id \`${report.correlation_id}\`, schema version \`${report.schema_version}\`.`,
    '',
    '| check | summary field | status |',
    '| --- | --- | --- |',
  );
  for (const entry of report.checks) {
    const field = entry.field === null ? '_(none)_' : `\`${entry.field}\``;
    const note = entry.note === null ? '' : ` _(${escapeMarkdown(entry.note)})_`;
    lines.push(`| \`${entry.check}\` | ${field} | ${entry.status ?? 'not reported'}${note} |`);
  }
  lines.push('', '### Blockers', '');
  if (report.blockers.length === 0) lines.push('None.');
  for (const blocker of report.blockers) lines.push(`- ${escapeMarkdown(blocker)}`);
  lines.push('', `**Next step:** ${escapeMarkdown(report.next_step)}`);
  return `${lines.join('\n')}\n`;
}

/**
 * The glossary line of the response statuses in Markdown, printed once after the reports.
 *
 * @returns The line.
 */
export function markdownGlossary(): string {
  return `_${escapeMarkdown(glossaryLine())}_\n`;
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
