import type { Location, Log, Notification, ReportingDescriptor, Result } from 'sarif';
import { describeFinding, describeOmitted, SKIP_REASONS } from './describe-finding.js';
import { describeRule } from './rule-catalog.js';
import type { ScanFinding, ScanResult } from './scan-finding.js';

/** The tool name SARIF consumers (code-scanning upload) show. */
export const SARIF_TOOL_NAME = 'cavra-contracts';

/**
 * Renders a scan as a SARIF 2.1.0 log, as code-scanning upload takes it: one run whose
 * driver lists the rules that fired (id and short description), one `error` result per
 * finding with its file (a URI relative to the working directory) and, where known, its
 * line and column; a finding in a JSON or YAML document also names its JSON path as a
 * logical location. Files passed over are tool notifications, as is a count of what was
 * not listed. Columns count UTF-16 code units.
 *
 * @param result The scan.
 * @returns The SARIF log.
 */
export function formatSarif(result: ScanResult): Log {
  const ruleIds = [...new Set(result.findings.map((finding) => finding.rule))];
  const rules: ReportingDescriptor[] = ruleIds.map((id) => ({
    id,
    shortDescription: { text: describeRule(id) },
    defaultConfiguration: { level: 'error' },
    properties: { tags: ['security', 'secret'] },
  }));
  const results: Result[] = result.findings.map((finding) => ({
    ruleId: finding.rule,
    ruleIndex: ruleIds.indexOf(finding.rule),
    level: 'error',
    message: { text: describeFinding(finding) },
    locations: [locationOf(finding)],
  }));
  const notifications: Notification[] = result.skipped.map((entry) => ({
    level: 'note',
    message: { text: `skipped: ${SKIP_REASONS[entry.reason]}` },
    locations: [{ physicalLocation: { artifactLocation: { uri: fileUri(entry.file) } } }],
  }));
  const untold = describeOmitted(result);
  if (untold !== undefined) notifications.push({ level: 'warning', message: { text: untold } });
  return {
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: SARIF_TOOL_NAME, rules } },
        columnKind: 'utf16CodeUnits',
        results,
        invocations: [
          {
            executionSuccessful: result.unreadable === 0,
            toolExecutionNotifications: notifications,
          },
        ],
      },
    ],
  };
}

function locationOf(finding: ScanFinding): Location {
  return {
    physicalLocation: {
      artifactLocation: { uri: fileUri(finding.file) },
      ...(finding.line === undefined
        ? {}
        : { region: { startLine: finding.line, startColumn: finding.column ?? 1 } }),
    },
    ...(finding.path === undefined || finding.path === ''
      ? {}
      : {
          logicalLocations: [
            {
              fullyQualifiedName: finding.path,
              kind: finding.target === 'key' ? 'property' : 'value',
            },
          ],
        }),
  };
}

/** A relative file name as a URI reference: each segment percent-encoded, `/` kept. */
function fileUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}
