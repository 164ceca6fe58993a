import { type AnyContract, contractStatusFields, describeContract } from '@cavra/contracts-core';
import { type FormField, requestFormFields, summaryFormFields } from './form-fields.js';

/** One check of a contract and the summary field that reports it (`null`: none in this version). */
export interface ConsoleCheck {
  /** The check name, e.g. `billing_observability`. */
  readonly check: string;
  /** The summary field, e.g. `billing_status`, or `null`. */
  readonly field: string | null;
}

/**
 * Everything the readiness views and the console's forms need to know about one contract,
 * as plain JSON data: no schema, no function. It is what the served console page embeds,
 * so the browser renders with the same data the static report is rendered with.
 */
export interface ConsoleContract {
  /** The operation, e.g. `support_handoff_readiness`. */
  readonly operation: string;
  /** The schema version its responses carry (`cavra.saas_control_plane.response.v1`). */
  readonly response_version: string;
  /** The operation in words, e.g. `support handoff readiness`. */
  readonly title: string;
  /** The checks in contract order. */
  readonly checks: readonly ConsoleCheck[];
  /**
   * Summary fields in which the service states its own overall status (e.g.
   * `automation_status`); they count in the rollup like the checks' fields.
   */
  readonly overall_fields: readonly string[];
  /** Every summary status field, overall fields first (the rollup's inputs). */
  readonly status_fields: readonly string[];
  /** The status vocabulary, from worst to best. */
  readonly severity: readonly string[];
  /** The statuses that need no attention. */
  readonly satisfied: readonly string[];
  /** The private modules a real evaluation needs, in order. */
  readonly private_modules: readonly string[];
  /** What the public contract does and does not do. */
  readonly boundary: string;
  /** The summary field that carries the boundary text of a response, or `null`. */
  readonly boundary_field: string | null;
  /**
   * The summary field listing the checks a response targets (a check list declared within
   * another, e.g. a worker handoff's `worker_targets`), or `null`: a check without a status
   * field then reads as targeted or not targeted.
   */
  readonly target_field: string | null;
  /** The fields of a request, for a form: envelope fields first, then the payload's. */
  readonly request_fields: readonly FormField[];
  /** The summary fields a response's author sets, for a form (not those copied from the request). */
  readonly summary_fields: readonly FormField[];
}

/**
 * Reads the plain data the readiness views and the console's forms need from a contract:
 * its checks, vocabulary order, private modules, boundary and form fields.
 *
 * @param contract A contract, e.g. one entry of a registry.
 * @returns Its console data (JSON-safe).
 */
export function consoleContract(contract: AnyContract): ConsoleContract {
  const { spec } = contract;
  const description = describeContract(contract);
  return {
    operation: spec.operation,
    response_version: contract.declaration.versions.response,
    title: spec.title,
    checks: description.checks.map(({ check, summary_field }) => ({
      check,
      field: summary_field,
    })),
    overall_fields: [...(spec.overallFields ?? [])],
    status_fields: [...contractStatusFields(spec)],
    severity: [...spec.severity],
    satisfied: [...spec.satisfied],
    private_modules: [...spec.privateModules],
    boundary: spec.boundary,
    boundary_field:
      Object.keys(spec.summarySchema.entries).find(
        (field) => description.request.payload_defaults[field] === spec.boundary,
      ) ?? null,
    target_field: targetFieldOf(contract),
    request_fields: requestFormFields(spec.payloadSchema, description.request.payload_defaults),
    summary_fields: summaryFormFields(spec.summarySchema, spec.inheritedFields as string[]),
  };
}

/** The summary's check list declared within another list (`worker_targets`), or `null`. */
function targetFieldOf(contract: AnyContract): string | null {
  const { payload, summary } = contract.declaration;
  for (const [name, entry] of Object.entries(summary)) {
    const own = entry === 'request' ? payload[name] : entry;
    if (own?.kind === 'list' && own.of === 'checks' && own.within !== undefined) return name;
  }
  return null;
}
