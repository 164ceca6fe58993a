import { describeFinding, formatPosition, SKIP_REASONS } from './describe-finding.js';
import type { ScanResult } from './scan-finding.js';

/**
 * Renders a scan as text: one line per finding (`file:line:column  what`), one per file
 * passed over, and a closing count.
 *
 * @param result The scan.
 * @returns The text, ending with a newline.
 */
export function formatScanText(result: ScanResult): string {
  const lines = result.findings.map(
    (finding) => `${formatPosition(finding.file, finding)}  ${describeFinding(finding)}`,
  );
  for (const entry of result.skipped) {
    lines.push(`${formatPosition(entry.file)}  skipped: ${SKIP_REASONS[entry.reason]}`);
  }
  const files = new Set(result.findings.map((finding) => finding.file)).size;
  const tally = `${plural(result.scanned, 'file')} scanned, ${result.skipped.length} skipped`;
  lines.push(
    result.findings.length === 0
      ? `no sensitive material found (${tally})`
      : `${plural(result.findings.length, 'finding')} in ${plural(files, 'file')} (${tally})`,
  );
  return `${lines.join('\n')}\n`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
