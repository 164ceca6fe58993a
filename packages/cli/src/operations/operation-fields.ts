import type { AnyContract } from '@cavra/contracts-core';

/** The payload field every contract lists its requested checks in (`--required-check`). */
export const REQUIRED_CHECKS_FIELD = 'required_checks';

/** The summary field every contract lists its blockers in (`--blocker`). */
export const BLOCKERS_FIELD = 'blockers';

/** The summary field naming the tenant (a positional argument of `request` and `respond`). */
export const TENANT_FIELD = 'tenant_id';

/** The fields of one operation that command-line options set, read from its contract. */
export interface OperationFields {
  /**
   * Payload fields set by one option each: labels (`dashboard_scope`, `support_tier`, ...)
   * and statuses of their own values (`worker_mode`).
   */
  readonly scopeFields: readonly string[];
  /** Payload lists of checks besides `required_checks`, one repeated option each (`worker_targets`). */
  readonly checkListFields: readonly string[];
  /** Summary status fields, overall first (`automation_status`, `billing_status`, ...). */
  readonly statusFields: readonly string[];
  /** Other summary fields an option sets (`latest_dashboard_at`). */
  readonly summaryOnlyFields: readonly string[];
}

/**
 * Reads which fields of an operation the command line sets, from the contract's declaration:
 * - scope fields: the payload's label and status fields, one option each;
 * - check-list fields: the payload's lists of checks other than `required_checks`;
 * - status fields: the summary status fields, overall first (`contract.spec.statusFields`);
 * - summary-only fields: the other summary fields the declaration owns (not copied from the
 *   request, not a list, not a flag), such as `latest_dashboard_at`.
 *
 * @param contract The operation's contract.
 * @returns Its fields.
 */
export function operationFields(contract: AnyContract): OperationFields {
  const { spec, declaration } = contract;
  const summaryOnlyFields = Object.entries(declaration.summary)
    .filter(
      ([field, entry]) =>
        entry !== 'request' &&
        entry.kind !== 'list' &&
        entry.kind !== 'flag' &&
        !spec.statusFields.includes(field),
    )
    .map(([field]) => field);
  const payload = Object.entries(declaration.payload);
  const scopeFields = payload
    .filter(([, entry]) => entry.kind === 'label' || entry.kind === 'status')
    .map(([field]) => field);
  const checkListFields = payload
    .filter(
      ([field, entry]) =>
        entry.kind === 'list' && entry.of === 'checks' && field !== REQUIRED_CHECKS_FIELD,
    )
    .map(([field]) => field);
  return { scopeFields, checkListFields, statusFields: spec.statusFields, summaryOnlyFields };
}

/**
 * The command-line option of a wire field: snake_case becomes kebab-case.
 *
 * @param field A wire field, e.g. `billing_monitoring_status`.
 * @returns The option name without dashes in front, e.g. `billing-monitoring-status`.
 */
export function optionName(field: string): string {
  return field.replaceAll('_', '-');
}

/**
 * The repeated command-line option of a list field: kebab-case and singular.
 *
 * @param field A wire list field, e.g. `worker_targets`.
 * @returns The option name without dashes in front, e.g. `worker-target`.
 */
export function listOptionName(field: string): string {
  return optionName(field).replace(/s$/, '');
}
