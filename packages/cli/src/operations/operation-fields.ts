import type { OperationContract, SchemaShape } from './operation-contract.js';

/** The payload field every contract lists its requested checks in (`--required-check`). */
export const REQUIRED_CHECKS_FIELD = 'required_checks';

/** The summary field every contract lists its blockers in (`--blocker`). */
export const BLOCKERS_FIELD = 'blockers';

/** The summary field naming the tenant (a positional argument of `request` and `respond`). */
export const TENANT_FIELD = 'tenant_id';

/** The fields of one operation that command-line options set, read from its schemas. */
export interface OperationFields {
  /** Payload labels set by one option each (`dashboard_scope`, `support_tier`, ...). */
  readonly scopeFields: readonly string[];
  /** Summary status fields, in summary order (`automation_status`, `billing_status`, ...). */
  readonly statusFields: readonly string[];
  /** Other summary fields an option sets (`latest_dashboard_at`). */
  readonly summaryOnlyFields: readonly string[];
  /** Fields both the payload and the summary hold; the summary copies the request's. */
  readonly sharedFields: readonly string[];
}

const cache = new WeakMap<OperationContract, OperationFields>();

/**
 * Reads which fields of an operation the command line sets, from the contract itself:
 * - scope fields: payload fields whose default is a label (not the boundary text, not a list);
 * - status fields: summary fields whose schema is a picklist of the contract's statuses;
 * - summary-only fields: the remaining settable summary fields (not the tenant, blockers,
 *   fixed literals, or fields copied from the request).
 *
 * @param operation The operation.
 * @returns Its fields.
 */
export function operationFields(operation: OperationContract): OperationFields {
  const cached = cache.get(operation);
  if (cached) return cached;
  const description = operation.describe();
  const defaults = description.request.payload_defaults;
  const payloadFields = Object.keys(operation.payloadSchema.entries);
  const summaryEntries = Object.entries(operation.summarySchema.entries);

  const scopeFields = payloadFields.filter(
    (field) => typeof defaults[field] === 'string' && defaults[field] !== description.boundary,
  );
  const statusFields = summaryEntries
    .filter(([, schema]) => isPicklistOf(unwrap(schema), operation.statuses))
    .map(([field]) => field);
  const summaryOnlyFields = summaryEntries
    .filter(
      ([field, schema]) =>
        field !== TENANT_FIELD &&
        field !== BLOCKERS_FIELD &&
        !statusFields.includes(field) &&
        !payloadFields.includes(field) &&
        unwrap(schema).type !== 'literal',
    )
    .map(([field]) => field);
  const sharedFields = summaryEntries
    .map(([field]) => field)
    .filter((field) => payloadFields.includes(field));

  const fields = { scopeFields, statusFields, summaryOnlyFields, sharedFields };
  cache.set(operation, fields);
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

function isPicklistOf(schema: SchemaShape, statuses: readonly string[]): boolean {
  const options = schema.options;
  return (
    schema.type === 'picklist' &&
    options !== undefined &&
    options.length === statuses.length &&
    options.every((option, index) => option === statuses[index])
  );
}
