import { type AnyContract, contractStatusFields } from '@cavra/contracts-core';

/** The payload field every contract lists its requested checks in (`--required-check`). */
export const REQUIRED_CHECKS_FIELD = 'required_checks';

/** The summary field every contract lists its blockers in (`--blocker`). */
export const BLOCKERS_FIELD = 'blockers';

/** The summary field naming the tenant (a positional argument of `request` and `respond`). */
export const TENANT_FIELD = 'tenant_id';

/** The fields of one operation that command-line options set, read from its contract. */
export interface OperationFields {
  /** Payload labels set by one option each (`dashboard_scope`, `support_tier`, ...). */
  readonly scopeFields: readonly string[];
  /** Summary status fields, overall first (`automation_status`, `billing_status`, ...). */
  readonly statusFields: readonly string[];
  /** Other summary fields an option sets (`latest_dashboard_at`). */
  readonly summaryOnlyFields: readonly string[];
}

/**
 * The little the CLI reads of a valibot schema: its `type` and, for wrappers such as
 * `optional`, the wrapped schema.
 */
interface SchemaShape {
  readonly type: string;
  readonly wrapped?: SchemaShape;
}

const cache = new WeakMap<AnyContract, OperationFields>();

/**
 * Reads which fields of an operation the command line sets, from the contract itself:
 * - scope fields: payload fields whose default is a label (not the boundary text, not a list);
 * - status fields: the summary status fields of the contract (core's `contractStatusFields`);
 * - summary-only fields: the remaining settable summary fields (not the tenant, blockers,
 *   fixed literals, or fields the response copies from the request's payload).
 *
 * @param contract The operation's contract.
 * @returns Its fields.
 */
export function operationFields(contract: AnyContract): OperationFields {
  const cached = cache.get(contract);
  if (cached) return cached;
  const { spec } = contract;
  const defaults = contract.describe().request.payload_defaults;
  const payloadFields = Object.keys(spec.payloadSchema.entries);
  const statusFields = contractStatusFields(spec);

  const scopeFields = payloadFields.filter(
    (field) => typeof defaults[field] === 'string' && defaults[field] !== spec.boundary,
  );
  const summaryOnlyFields = Object.entries(
    spec.summarySchema.entries as Record<string, SchemaShape>,
  )
    .filter(
      ([field, schema]) =>
        field !== TENANT_FIELD &&
        field !== BLOCKERS_FIELD &&
        !statusFields.includes(field) &&
        !payloadFields.includes(field) &&
        unwrap(schema).type !== 'literal',
    )
    .map(([field]) => field);

  const fields = { scopeFields, statusFields, summaryOnlyFields };
  cache.set(contract, fields);
  return fields;
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

function unwrap(schema: SchemaShape): SchemaShape {
  let current = schema;
  while (current.wrapped) current = current.wrapped;
  return current;
}
