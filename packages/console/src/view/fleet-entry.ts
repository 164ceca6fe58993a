import type { ContractIssue } from '@cavra/contracts-core';
import type { ConsoleContract } from './console-contract.js';
import { type FleetEntry, rejectedDocument } from './fleet-view.js';
import { tenantView } from './tenant-view.js';

/** A document after validation, whoever validated it (the CLI in-process, the console over HTTP). */
export interface CheckedDocument {
  /** Whether the document is valid. */
  readonly valid: boolean;
  /** The operation it names, when recognised. */
  readonly operation: string | null;
  /** What it was recognised as, e.g. `support_handoff_readiness response`, or `document`. */
  readonly label: string;
  /** Its issues (empty when valid). */
  readonly issues: readonly ContractIssue[];
  /** The valid request it holds (alone or in a pair), else `null`: a contract's typed request too. */
  readonly request: object | null;
  /** The valid response it holds (alone or in a pair), else `null`: a contract's typed response too. */
  readonly response: object | null;
}

/** A validated document's fields, read by name. */
type Fields = Readonly<Record<string, unknown>>;

/**
 * Turns a validated document into its fleet entry: a tenant for a valid response (with its
 * request when paired), a request-only entry, or a rejected document with its issues.
 *
 * @param contracts The console data of every contract, or of every published version of each:
 *   a response is shown with the version its `schema_version` names, else its operation's first.
 * @param checked The document after validation.
 * @param source Where it came from (`fleet.ndjson:3`).
 * @returns The entry.
 */
export function fleetEntry(
  contracts: readonly ConsoleContract[],
  checked: CheckedDocument,
  source: string,
): FleetEntry {
  const request = checked.request as Fields | null;
  const response = checked.response as Fields | null;
  const version = response?.['schema_version'];
  const contract =
    contracts.find(
      (entry) => entry.operation === checked.operation && entry.response_version === version,
    ) ?? contracts.find((entry) => entry.operation === checked.operation);
  if (checked.valid && contract !== undefined && response !== null) {
    return { kind: 'tenant', view: tenantView(contract, response, request, source) };
  }
  if (checked.valid && request !== null) return { kind: 'request' };
  const issues = checked.valid
    ? [
        {
          path: '',
          message: `no contract of this console reads ${checked.label}`,
          rule: 'operation',
        },
      ]
    : checked.issues;
  return { kind: 'rejected', document: rejectedDocument(source, checked.label, issues) };
}
