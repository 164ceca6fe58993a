import type { DocumentCheck } from '@cavra/contracts';
import { ContractError, DOCUMENT_KINDS, DOCUMENT_SCHEMA_VERSIONS } from '@cavra/contracts-core';

/**
 * Names what a checked document is, e.g. `customer_operating_dashboard response` or
 * `support_handoff_readiness request and response`; `document` when nothing is recognised.
 *
 * @param check The outcome of `checkDocument`.
 * @returns The name.
 */
export function documentLabel(check: DocumentCheck): string {
  const kind = check.kind === 'pair' ? 'request and response' : (check.kind ?? 'document');
  return check.contract ? `${check.contract.spec.operation} ${kind}` : kind;
}

/**
 * The one-line confirmation of a valid document.
 *
 * @param check A valid outcome.
 * @returns e.g. `valid customer_operating_dashboard response (cavra.saas_control_plane.response.v1)`.
 */
export function formatValid(check: DocumentCheck): string {
  const kinds = check.kind === 'pair' ? DOCUMENT_KINDS : [check.kind ?? 'response'];
  // The schema versions of the recognised contract, which is the version the document carries.
  const known = check.contract?.declaration.versions ?? DOCUMENT_SCHEMA_VERSIONS;
  const versions = kinds.map((kind) => known[kind]);
  return `valid ${documentLabel(check)} (${versions.join(', ')})`;
}

/**
 * Lists every issue of an invalid document, one per line with its JSON path.
 *
 * @param check An invalid outcome.
 * @returns A summary line followed by `  - path: message [rule]` lines.
 */
export function formatIssues(check: DocumentCheck): string {
  // The message of a ContractError lays issues out this way; the builders' errors read alike.
  return new ContractError(`invalid ${documentLabel(check)}`, check.issues, {
    truncated: check.truncated ?? 0,
    incomplete: check.incomplete ?? false,
  }).message;
}
