import type { AnyContract, ContractError, ContractIssue } from '@cavra/contracts-core';
import { type CompatField, compatFields } from './compat-fields.js';

/** Where the reference implementation's messages place a field of a flat input. */
const REFERENCE_ROOT = 'payload';

/** The prefixes of a built document's paths that a flat input does not have. */
const DOCUMENT_PREFIXES = ['payload.summary.', 'payload.'] as const;

/** A field name and its list indices (`blockers[2]`); anything deeper is left out of messages. */
const FIELD_PATH = /^[a-z][a-z0-9_]*(?:\[\d+\])*/;

/**
 * Words a contract error in the reference implementation's one-line style, from its first
 * issue only, naming the field of the flat input:
 * - a value outside a vocabulary: `automation_status must be one of: automated, blocked, …`
 *   (the values sorted, as the reference lists them);
 * - an empty check list: `required_checks must include at least one SaaS operating automation check`;
 * - sensitive material: `sensitive value is not allowed in public SaaS contract payload:
 *   payload.blockers[1]`, never the value, and no key deeper than the field;
 * - anything else: the issue's own message (`tenant_id must not be empty`,
 *   `blockers must be an array`, `worker_targets must name only checks that required_checks names`).
 *
 * @param contract The contract whose builder threw.
 * @param error The error.
 * @returns One line.
 */
export function compatDetail(contract: AnyContract, error: ContractError): string {
  const issue = error.issues[0];
  if (issue === undefined) return error.message.split('\n', 1)[0] ?? error.message;
  const path = flatPath(issue.path);
  const sensitive = /^sensitive (field|value)\b/.exec(issue.message);
  if (sensitive) {
    const where = FIELD_PATH.exec(path)?.[0];
    const located = where === undefined ? REFERENCE_ROOT : `${REFERENCE_ROOT}.${where}`;
    return `sensitive ${sensitive[1]} is not allowed in public SaaS contract payload: ${located}`;
  }
  const field = compatFields(contract).find((entry) => entry.name === path);
  return (field && referenceMessage(contract, field, issue)) ?? issue.message;
}

/** The reference's own wording for the issues it words itself, else `undefined`. */
function referenceMessage(
  contract: AnyContract,
  field: CompatField,
  issue: ContractIssue,
): string | undefined {
  if (issue.rule === 'picklist' && field.values.length > 0) {
    return `${field.name} must be one of: ${[...field.values].sort().join(', ')}`;
  }
  if (issue.rule === 'non_empty' && field.list === 'checks') {
    return `${field.name} must include at least one ${contract.spec.title} check`;
  }
  return undefined;
}

function flatPath(path: string): string {
  const prefix = DOCUMENT_PREFIXES.find((candidate) => path.startsWith(candidate));
  return prefix === undefined ? path : path.slice(prefix.length);
}
