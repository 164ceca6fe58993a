import {
  describeFinding,
  describeOmitted,
  formatPosition,
  plural,
  SKIP_REASONS,
} from './describe-finding.js';
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
  const { omitted } = result;
  const untold = describeOmitted(result);
  if (untold !== undefined) lines.push(untold);
  const found = result.findings.length + omitted.findings;
  const tally = `${plural(result.scanned, 'file')} scanned, ${result.skipped.length + omitted.skipped} skipped`;
  lines.push(
    found === 0
      ? `no sensitive material found (${tally})`
      : `${plural(found, 'finding')} in ${plural(result.flagged, 'file')} (${tally})`,
  );
  return `${lines.join('\n')}\n`;
}
