import type { ContractDeclaration } from './declaration.js';
import type { AnyContract, Contract } from './define-contract.js';
import type { ContractTypes } from './types.js';

/**
 * Picks the worst status of a list.
 *
 * @param statuses The statuses to combine.
 * @param severity The vocabulary ordered from worst to best, e.g. `READINESS_SEVERITY`.
 * @returns The worst status present; the best of `severity` when the list is empty.
 * @throws {TypeError} when a status is not in `severity` (a programming error).
 */
export function rollupStatus<TStatus extends string>(
  statuses: Iterable<TStatus>,
  severity: readonly TStatus[],
): TStatus {
  let worst = severity.length - 1;
  for (const status of statuses) {
    const rank = severity.indexOf(status);
    if (rank === -1)
      throw new TypeError(`status ${JSON.stringify(status)} is not in the vocabulary`);
    if (rank < worst) worst = rank;
  }
  return severity[worst] as TStatus;
}

/** One check's status in a rollup. */
export interface CheckStatus<TCheck extends string, TStatus extends string> {
  /** The check name. */
  readonly check: TCheck;
  /** The summary field that reports it, or `null` when the schema version has none. */
  readonly field: string | null;
  /** Its status, or `null` when no field reports it. */
  readonly status: TStatus | null;
}

/** The readiness view of one summary. */
export interface ContractRollup<
  TOperation extends string,
  TCheck extends string,
  TStatus extends string,
> {
  /** The operation. */
  readonly operation: TOperation;
  /** The tenant. */
  readonly tenant_id: string;
  /** The worst status of every reported field. */
  readonly status: TStatus;
  /** `true` when no reported status needs attention and there are no blockers. */
  readonly ready: boolean;
  /** Every check, in contract order, with its status. */
  readonly checks: readonly CheckStatus<TCheck, TStatus>[];
  /** The checks whose status needs attention, in contract order. */
  readonly attention: readonly CheckStatus<TCheck, TStatus>[];
  /** The summary's blockers. */
  readonly blockers: readonly string[];
}

/**
 * Rolls a summary up: the worst of its status fields (in the contract's rollup order), each
 * check's status, the checks that need attention and the blockers. A function of its own, not
 * a member of the contract, so a bundle that only builds and parses leaves it out.
 *
 * @param contract A contract from `defineContract`.
 * @param summary A summary with its `tenant_id`; validated here by the contract's summary parser.
 * @returns The rollup.
 * @throws {ContractError} for an invalid summary.
 *
 * @example
 * rollupSummary(customerOperatingDashboardContract, { tenant_id: 'tenant-acme', ...statuses }).status;
 */
export function rollupSummary<D extends ContractDeclaration>(
  contract: Contract<D>,
  summary: ContractTypes<D>['summaryOptions'] & { readonly tenant_id: string },
): ContractTypes<D>['rollup'];
export function rollupSummary(
  contract: AnyContract,
  summary: object,
): ContractRollup<string, string, string>;
export function rollupSummary(
  contract: AnyContract,
  summary: object,
): ContractRollup<string, string, string> {
  const { spec } = contract;
  const values = contract.parseSummary(summary) as Record<string, string> & {
    tenant_id: string;
    blockers: string[];
  };
  const checks = spec.checks.map((check) => {
    const field = spec.checkFields[check] ?? null;
    return { check, field, status: field === null ? null : (values[field] as string) };
  });
  const status = rollupStatus(
    spec.statusFields.map((field) => values[field] as string),
    spec.severity,
  );
  const needsAttention = (entry: CheckStatus<string, string>) =>
    entry.status !== null && !spec.satisfied.includes(entry.status);
  return {
    operation: spec.operation,
    tenant_id: values.tenant_id,
    status,
    ready: spec.satisfied.includes(status) && values.blockers.length === 0,
    checks,
    attention: checks.filter(needsAttention),
    blockers: values.blockers,
  };
}
