import { rollupStatus } from '@cavra/contracts-core';
import type { ConsoleContract } from './console-contract.js';
import { responseStatusMeaning } from './response-status-meaning.js';
import { type StatusTone, statusTone } from './status-tone.js';

/** One check of a tenant's readiness. */
export interface CheckRow {
  /** The check name. */
  readonly check: string;
  /** The summary field that reports it, or `null` when the schema version has none. */
  readonly field: string | null;
  /** Its status, or `null` when no field reports it. */
  readonly status: string | null;
  /** How the status reads. */
  readonly tone: StatusTone;
  /** Whether the request required the check; `null` when no request was given. */
  readonly requested: boolean | null;
  /** Why the check has no status or was not requested; `null` when there is nothing to say. */
  readonly note: string | null;
}

/** A status in which the service states its own overall view (e.g. `automation_status`). */
export interface ClaimRow {
  /** The summary field, e.g. `automation_status`. */
  readonly field: string;
  /** The status the service claims. */
  readonly status: string;
  /** How the status reads. */
  readonly tone: StatusTone;
  /** How the claim compares with the rollup, in words. */
  readonly note: string;
}

/** Everything a readiness view shows of one tenant: plain JSON data. */
export interface TenantView {
  /** Where the document came from (`fleet.ndjson:12`), or `null`. */
  readonly source: string | null;
  readonly operation: string;
  readonly title: string;
  readonly tenant_id: string;
  readonly correlation_id: string;
  /** The response's schema version. */
  readonly schema_version: string;
  /** The response envelope's status (`requires_private_service`, ...). */
  readonly response_status: string;
  /** What that response status means, in plain words. */
  readonly response_status_meaning: string;
  /** The one overall status: the worst of every reported status field. */
  readonly status: string;
  /** How the overall status reads. */
  readonly tone: StatusTone;
  /** `true` when no status needs attention and there are no blockers. */
  readonly ready: boolean;
  /** Why the overall status is what it is, in words. */
  readonly reason: string;
  /** The service's own overall claims, shown beside the rollup. */
  readonly claims: readonly ClaimRow[];
  /** Every check in contract order. */
  readonly checks: readonly CheckRow[];
  readonly blockers: readonly string[];
  readonly private_modules_required: readonly string[];
  readonly boundary: string;
  readonly next_step: string;
}

/**
 * Builds the readiness view of one valid response: its rollup (the worst of every status
 * field, as the contract's own rollup computes it) with the reason, the service's own
 * overall claims beside it, and each check with its status or why it has none.
 *
 * @param contract The console data of the response's contract.
 * @param response A response the contract's parser accepted.
 * @param request The matching request, or `null`.
 * @param source Where the document came from, or `null`.
 * @returns The view.
 */
export function tenantView(
  contract: ConsoleContract,
  response: Readonly<Record<string, unknown>>,
  request: Readonly<Record<string, unknown>> | null = null,
  source: string | null = null,
): TenantView {
  const payload = record(response['payload']);
  const summary = record(payload['summary']);
  const schemaVersion = text(response['schema_version']);
  const required = request ? strings(record(request['payload'])['required_checks']) : null;
  const statusOf = (field: string | null) => {
    if (field === null) return null;
    const value = summary[field];
    return typeof value === 'string' && contract.severity.includes(value) ? value : null;
  };

  const reported = contract.status_fields
    .map(statusOf)
    .filter((status): status is string => status !== null);
  const status = rollupStatus(reported, contract.severity);
  const blockers = strings(summary['blockers']);
  const ready = contract.satisfied.includes(status) && blockers.length === 0;

  const checks = contract.checks.map(({ check, field }): CheckRow => {
    const checkStatus = statusOf(field);
    const requested = required ? required.includes(check) : null;
    return {
      check,
      field,
      status: checkStatus,
      tone: statusTone(contract, checkStatus),
      requested,
      note: checkNote(field, checkStatus, requested, schemaVersion),
    };
  });
  const claims = contract.overall_fields.flatMap((field): ClaimRow[] => {
    const claimed = statusOf(field);
    if (claimed === null) return [];
    return [
      {
        field,
        status: claimed,
        tone: statusTone(contract, claimed),
        note: claimNote(claimed, status),
      },
    ];
  });
  const responseStatus = text(response['status']);
  return {
    source,
    operation: contract.operation,
    title: contract.title,
    tenant_id: text(summary['tenant_id']),
    correlation_id: text(response['correlation_id']),
    schema_version: schemaVersion,
    response_status: responseStatus,
    response_status_meaning: responseStatusMeaning(responseStatus),
    status,
    tone: statusTone(contract, status),
    ready,
    reason: reasonOf(contract, status, checks, claims, blockers.length),
    claims,
    checks,
    blockers,
    private_modules_required: strings(payload['private_modules_required']),
    boundary: boundaryOf(summary, contract),
    next_step: text(payload['next_step']),
  };
}

/** Says why the overall status is what it is: which fields hold the worst status, and the blockers. */
function reasonOf(
  contract: ConsoleContract,
  status: string,
  checks: readonly CheckRow[],
  claims: readonly ClaimRow[],
  blockerCount: number,
): string {
  const worst = [
    ...checks.filter((row) => row.status === status).map((row) => row.check),
    ...claims
      .filter((row) => row.status === status)
      .map((row) => `${row.field} (the service's own claim)`),
  ];
  const blockers = blockerCount > 0 ? plural(blockerCount, 'blocker', 'blockers') : '';
  if (worst.length === 0) {
    return blockers === ''
      ? 'no status field is reported'
      : `${blockers} listed; no status field is reported`;
  }
  const satisfied = contract.satisfied.includes(status);
  const best = status === contract.severity.at(-1);
  if (satisfied && blockers === '') {
    return best
      ? `every reported status is ${status} and there are no blockers`
      : `nothing needs attention; the least advanced is ${status}: ${worst.join(', ')}`;
  }
  const others = checks.filter(
    (row) => row.status !== null && row.status !== status && row.tone !== 'ok',
  ).length;
  const parts = [`${worst.join(', ')} ${worst.length === 1 ? 'is' : 'are'} ${status}`];
  if (others > 0) parts.push(`${plural(others, 'more check needs', 'more checks need')} attention`);
  if (blockers !== '') parts.push(satisfied ? `but ${blockers} listed` : blockers);
  return parts.join('; ');
}

function checkNote(
  field: string | null,
  status: string | null,
  requested: boolean | null,
  schemaVersion: string,
): string | null {
  if (field === null) {
    const version = schemaVersion.split('.').at(-1) ?? schemaVersion;
    return `no status: response schema ${version} has no summary field for this check, so only the private service can report it`;
  }
  if (status === null) return 'no status: the document does not report this field';
  if (requested === false) return 'not requested by the request';
  return null;
}

function claimNote(claimed: string, rollup: string): string {
  return claimed === rollup
    ? 'the service states its own overall status, which agrees with the rollup'
    : `the service states its own overall status; the statuses roll up to ${rollup}`;
}

/** The boundary text the summary carries, else the contract's. */
function boundaryOf(summary: Readonly<Record<string, unknown>>, contract: ConsoleContract): string {
  const value = contract.boundary_field === null ? undefined : summary[contract.boundary_field];
  return typeof value === 'string' ? value : contract.boundary;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function record(value: unknown): Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Readonly<Record<string, unknown>>)
    : {};
}

function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
