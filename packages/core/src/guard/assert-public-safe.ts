import { ContractError, type ContractIssue } from '../contract-error.js';
import { toContractError } from '../parse-result.js';
import { findSensitiveMaterial, type SensitiveFinding } from './find-sensitive-material.js';

/**
 * Turns guard findings into contract issues. The message says "sensitive field" or
 * "sensitive value" with the path and rule, never the matched text.
 *
 * @param findings Findings from {@link findSensitiveMaterial}.
 * @returns One issue per finding.
 */
export function toGuardIssues(findings: readonly SensitiveFinding[]): ContractIssue[] {
  return findings.map((finding) => ({
    path: finding.path,
    message:
      finding.target === 'key'
        ? `sensitive field ${describePath(finding.path)} is not allowed in a public contract`
        : `sensitive value at ${describePath(finding.path)} is not allowed in a public contract`,
    rule: finding.rule,
  }));
}

/**
 * Throws a {@link ContractError} when a value carries secret material.
 *
 * @param value Any value.
 * @param path JSON path of `value` inside a larger document; default the root.
 * @throws {ContractError} listing every finding, without the matched text; also when the
 *   value cannot be read (a getter or proxy that throws), without that error's text.
 */
export function assertPublicSafe(value: unknown, path = ''): void {
  let findings: SensitiveFinding[];
  try {
    findings = findSensitiveMaterial(value, { path });
  } catch (caught) {
    throw toContractError(caught, 'sensitive material check failed');
  }
  if (findings.length > 0) {
    throw new ContractError('sensitive material rejected', toGuardIssues(findings));
  }
}

function describePath(path: string): string {
  return path === '' ? '(document)' : path;
}
