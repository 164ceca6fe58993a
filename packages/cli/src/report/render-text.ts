import { escapeNonPrintable } from '@cavra/contracts-core';
import type { Style } from '../style.js';
import type { ReadinessReport, ReportStatus, StatusTone } from './readiness-report.js';

/**
 * Renders a report for a terminal: the overall rollup, a table of every status, the
 * blockers and the next step. Colour only through `style` (off when not a terminal);
 * non-printable characters of document text are shown as `\uXXXX` escapes.
 *
 * @param report The report.
 * @param style The text styles.
 * @returns The text, ending with a newline.
 */
export function renderText(report: ReadinessReport, style: Style): string {
  const paint = toneStyle(style);
  const lines = [
    style.bold(`${report.operation} for tenant ${escapeNonPrintable(report.tenant_id)}`),
    `  ${label('overall')}${paint(report.tone)(report.status)}  ${verdict(report)}`,
    `  ${label('response')}${report.response_status} (correlation ${report.correlation_id})`,
    '',
  ];

  const rows = report.statuses.map((entry) => [
    entry.check ?? '(overall)',
    entry.field ?? '(no v1 field)',
    entry.status ?? '-',
    requestedNote(entry),
  ]);
  const header = ['check', 'summary field', 'status', ''];
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => (row[column] as string).length)),
  );
  const pad = (cell: string, column: number) => cell.padEnd(widths[column] as number);
  lines.push(`  ${style.dim(header.slice(0, 3).map(pad).join('  ').trimEnd())}`);
  report.statuses.forEach((entry, index) => {
    const [check, field, status, note] = rows[index] as [string, string, string, string];
    const cells = [pad(check, 0), style.dim(pad(field, 1)), paint(entry.tone)(pad(status, 2))];
    lines.push(`  ${cells.join('  ')}${note ? `  ${style.dim(note)}` : ''}`.trimEnd());
  });

  lines.push('');
  if (report.blockers.length === 0) {
    lines.push(`  ${label('blockers')}none`);
  } else {
    lines.push(`  ${label('blockers')}${style.red(String(report.blockers.length))}`);
    for (const blocker of report.blockers) lines.push(`    - ${escapeNonPrintable(blocker)}`);
  }
  lines.push('', `  ${label('next step')}${escapeNonPrintable(report.next_step)}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Says in words whether the tenant is ready and what holds it back.
 *
 * @param report The report.
 * @returns e.g. `not ready: 2 checks need attention, 1 blocker`.
 */
export function verdict(report: ReadinessReport): string {
  if (report.ready) return 'ready';
  const reasons: string[] = [];
  const checks = report.attention.length;
  if (checks > 0)
    reasons.push(`${checks} ${checks === 1 ? 'check needs' : 'checks need'} attention`);
  const blockers = report.blockers.length;
  if (blockers > 0) reasons.push(`${blockers} ${blockers === 1 ? 'blocker' : 'blockers'}`);
  if (reasons.length === 0) reasons.push(`overall status ${report.status} needs attention`);
  return `not ready: ${reasons.join(', ')}`;
}

function label(text: string): string {
  return text.padEnd(11);
}

function requestedNote(entry: ReportStatus): string {
  return entry.requested === false ? '(not requested)' : '';
}

function toneStyle(style: Style): (tone: StatusTone) => (text: string) => string {
  return (tone) => {
    switch (tone) {
      case 'ok':
        return style.green;
      case 'attention':
        return style.yellow;
      case 'worst':
        return style.red;
      default:
        return style.dim;
    }
  };
}
