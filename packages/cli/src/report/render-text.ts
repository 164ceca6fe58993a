import { RESPONSE_STATUS_MEANINGS, type StatusTone } from '@cavra/contracts-console';
import { escapeNonPrintable } from '@cavra/contracts-core';
import type { Style } from '../style.js';
import type { ReadinessReport } from './readiness-report.js';

/**
 * Renders a report for a terminal: the one overall status with its reason, the service's
 * own overall claims, the response status in plain words, a table of every check (a check
 * without a status says why), the blockers and the next step. Colour only through `style`
 * (off when not a terminal), always beside the status word; non-printable characters of
 * document text are shown as `\uXXXX` escapes.
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
  ];
  for (const claim of report.claims) {
    lines.push(
      `  ${label('claim')}${claim.field} ${paint(claim.tone)(claim.status)}  ${style.dim(`(${claim.note})`)}`,
    );
  }
  lines.push(
    `  ${label('response')}${report.response_status}: ${report.response_status_meaning}`,
    `  ${label('correlation')}${report.correlation_id}  ${style.dim(report.schema_version)}`,
    '',
  );

  const rows = report.checks.map((entry) => [
    entry.check,
    entry.field ?? '(none)',
    entry.status ?? 'not reported',
    entry.note ?? '',
  ]);
  const header = ['check', 'summary field', 'status'];
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => (row[column] as string).length)),
  );
  const pad = (cell: string, column: number) => cell.padEnd(widths[column] as number);
  lines.push(`  ${style.dim(header.map(pad).join('  ').trimEnd())}`);
  report.checks.forEach((entry, index) => {
    const [check, field, status, note] = rows[index] as [string, string, string, string];
    const cells = [pad(check, 0), style.dim(pad(field, 1)), paint(entry.tone)(pad(status, 2))];
    lines.push(`  ${cells.join('  ')}${note ? `  ${style.dim(`(${note})`)}` : ''}`.trimEnd());
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
 * Says in words whether the tenant is ready, and why.
 *
 * @param report The report.
 * @returns e.g. `not ready: escalation_routing is blocked; 1 blocker`.
 */
export function verdict(report: ReadinessReport): string {
  return `${report.ready ? 'ready' : 'not ready'}: ${report.reason}`;
}

/**
 * The glossary line of the response statuses, printed once after the reports.
 *
 * @returns e.g. `response statuses: accepted = the private CAVRA service accepted ...`.
 */
export function glossaryLine(): string {
  const entries = Object.entries(RESPONSE_STATUS_MEANINGS).map(
    ([status, meaning]) => `${status} = ${meaning}`,
  );
  return `response statuses: ${entries.join('; ')}`;
}

function label(text: string): string {
  return text.padEnd(13);
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
