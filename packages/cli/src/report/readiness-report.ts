import type { AnyContract } from '@cavra/contracts-core';
import type { WireDocument } from '../document/wire-document.js';

/** How a status reads: fine, needs attention, the worst of the vocabulary, or not reported. */
export type StatusTone = 'ok' | 'attention' | 'worst' | 'none';

/** One summary status in a report. */
export interface ReportStatus {
  /** The check name, or `null` for an overall field such as `automation_status`. */
  readonly check: string | null;
  /** The summary field, or `null` when schema v1 has none for the check. */
  readonly field: string | null;
  /** The status, or `null` when no field reports it. */
  readonly status: string | null;
  /** How the status reads. */
  readonly tone: StatusTone;
  /** Whether the request required the check; `null` when no request was given. */
  readonly requested: boolean | null;
}

/** The readiness view of one response, as `report` prints it. */
export interface ReadinessReport {
  readonly operation: string;
  readonly tenant_id: string;
  readonly correlation_id: string;
  /** The response envelope's status (`requires_private_service`, ...). */
  readonly response_status: string;
  /** The worst status of every reported field. */
  readonly status: string;
  /** How the overall status reads. */
  readonly tone: StatusTone;
  /** `true` when nothing needs attention and there are no blockers. */
  readonly ready: boolean;
  /** Overall fields (e.g. `automation_status`) and then every check, in contract order. */
  readonly statuses: readonly ReportStatus[];
  /** The checks whose status needs attention. */
  readonly attention: readonly string[];
  readonly blockers: readonly string[];
  readonly private_modules_required: readonly string[];
  readonly next_step: string;
}

/**
 * Builds the readiness view of a valid response with the contract's rollup, marking which
 * checks the request (when given) required.
 *
 * @param contract The contract of the response's operation.
 * @param response A valid response.
 * @param request The matching request, or `null`.
 * @returns The report.
 */
export function buildReport(
  contract: AnyContract,
  response: WireDocument,
  request: WireDocument | null,
): ReadinessReport {
  const payload = response['payload'] as Readonly<Record<string, unknown>>;
  const summary = payload['summary'] as Readonly<Record<string, unknown>>;
  const { spec } = contract;
  const rollup = contract.rollup(summary);
  const required = request
    ? ((request['payload'] as Readonly<Record<string, unknown>>)['required_checks'] as string[])
    : null;
  const tone = (status: string | null): StatusTone => {
    if (status === null) return 'none';
    if (status === spec.severity[0]) return 'worst';
    return spec.satisfied.includes(status) ? 'ok' : 'attention';
  };
  const overall = (spec.overallFields ?? []).map((field): ReportStatus => {
    const status = summary[field] as string;
    return {
      check: null,
      field,
      status,
      tone: tone(status),
      requested: null,
    };
  });
  const checks = rollup.checks.map(
    (entry): ReportStatus => ({
      check: entry.check,
      field: entry.field,
      status: entry.status,
      tone: tone(entry.status),
      requested: required ? required.includes(entry.check) : null,
    }),
  );
  return {
    operation: spec.operation,
    tenant_id: rollup.tenant_id,
    correlation_id: response['correlation_id'] as string,
    response_status: response['status'] as string,
    status: rollup.status,
    tone: tone(rollup.status),
    ready: rollup.ready,
    statuses: [...overall, ...checks],
    attention: rollup.attention.map((entry) => entry.check),
    blockers: rollup.blockers,
    private_modules_required: payload['private_modules_required'] as string[],
    next_step: payload['next_step'] as string,
  };
}
