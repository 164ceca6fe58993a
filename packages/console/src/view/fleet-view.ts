import type { ContractIssue } from '@cavra/contracts-core';
import type { ConsoleContract } from './console-contract.js';
import type { TenantView } from './tenant-view.js';

/** A document that could not be read or that its contract rejected. */
export interface RejectedDocument {
  /** Where it came from (`fleet.ndjson:12`). */
  readonly source: string;
  /** What it was recognised as (`support_handoff_readiness response`), or `document`. */
  readonly label: string;
  /** Its first issues, each with its JSON path; never a document value. */
  readonly issues: readonly ContractIssue[];
  /** How many more issues it has. */
  readonly more_issues: number;
}

/** How many tenants of an operation have one status. */
export interface StatusCount {
  readonly status: string;
  readonly count: number;
}

/** The tenants of one operation, worst first. */
export interface OperationFleet {
  /** The contract's console data. */
  readonly contract: ConsoleContract;
  /** The tenants, worst overall status first, then most blockers, then by tenant id. */
  readonly tenants: readonly TenantView[];
  /** How many tenants have each overall status, worst first (every status of the vocabulary). */
  readonly counts: readonly StatusCount[];
  /** How many tenants are not ready. */
  readonly not_ready: number;
}

/** The readiness of many tenants: one fleet per operation, and the documents left out. */
export interface FleetView {
  /** One entry per operation with at least one tenant, in the order of the contracts given. */
  readonly operations: readonly OperationFleet[];
  /** The documents that could not be read or were rejected, in input order. */
  readonly rejected: readonly RejectedDocument[];
  /** How many valid requests came without a response (a request holds no readiness). */
  readonly requests_only: number;
  /** How many documents were read. */
  readonly documents: number;
}

/** One document's outcome, as a fleet view collects it. */
export type FleetEntry =
  | { readonly kind: 'tenant'; readonly view: TenantView }
  | { readonly kind: 'rejected'; readonly document: RejectedDocument }
  | { readonly kind: 'request' };

/** The most issues a fleet view lists per rejected document. */
export const ISSUES_PER_DOCUMENT = 5;

/**
 * Collects document outcomes into a fleet view: the tenants of each operation sorted worst
 * first, with counts per status.
 *
 * @param contracts The console data of every contract, in display order.
 * @param entries The outcome of each document, in input order.
 * @returns The fleet view.
 */
export function fleetView(
  contracts: readonly ConsoleContract[],
  entries: Iterable<FleetEntry>,
): FleetView {
  const byOperation = new Map<string, TenantView[]>();
  const rejected: RejectedDocument[] = [];
  let requestsOnly = 0;
  let documents = 0;
  for (const entry of entries) {
    documents++;
    if (entry.kind === 'tenant') {
      const list = byOperation.get(entry.view.operation);
      if (list) list.push(entry.view);
      else byOperation.set(entry.view.operation, [entry.view]);
    } else if (entry.kind === 'rejected') {
      rejected.push(entry.document);
    } else {
      requestsOnly++;
    }
  }
  const operations = contracts.flatMap((contract): OperationFleet[] => {
    const tenants = byOperation.get(contract.operation);
    if (!tenants) return [];
    const rank = (view: TenantView) => contract.severity.indexOf(view.status);
    tenants.sort(
      (a, b) =>
        rank(a) - rank(b) ||
        Number(a.ready) - Number(b.ready) ||
        b.blockers.length - a.blockers.length ||
        (a.tenant_id < b.tenant_id ? -1 : a.tenant_id > b.tenant_id ? 1 : 0),
    );
    const counts = contract.severity.map((status) => ({ status, count: 0 }));
    for (const view of tenants) {
      const count = counts[rank(view)];
      if (count) (count as { count: number }).count++;
    }
    const notReady = tenants.filter((view) => !view.ready).length;
    return [{ contract, tenants, counts, not_ready: notReady }];
  });
  return { operations, rejected, requests_only: requestsOnly, documents };
}

/**
 * Describes a rejected document with at most {@link ISSUES_PER_DOCUMENT} issues.
 *
 * @param source Where it came from.
 * @param label What it was recognised as.
 * @param issues Every issue.
 * @returns The rejected document.
 */
export function rejectedDocument(
  source: string,
  label: string,
  issues: readonly ContractIssue[],
): RejectedDocument {
  return {
    source,
    label,
    issues: issues.slice(0, ISSUES_PER_DOCUMENT),
    more_issues: Math.max(0, issues.length - ISSUES_PER_DOCUMENT),
  };
}
