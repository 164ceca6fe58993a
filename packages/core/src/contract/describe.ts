import { LIMITS } from '../limits.js';
import type { SchemaVersions } from '../v1/versions.js';
import {
  DEFAULT_RESPONSE_STATUS,
  RESPONSE_STATUSES,
  type ResponseStatus,
} from '../vocabulary/statuses.js';
import type { ContractDeclaration } from './declaration.js';
import type { AnyContract, Contract } from './define-contract.js';
import type { ContractTypes } from './types.js';

/** The public description of one contract (what `describe` prints). */
export interface ContractDescription<
  TOperation extends string = string,
  TCheck extends string = string,
  TStatus extends string = string,
  TVersions extends SchemaVersions = SchemaVersions,
> {
  readonly contract_version: TVersions['contract'];
  readonly operation: TOperation;
  readonly title: string;
  readonly request: {
    readonly schema_version: TVersions['request'];
    readonly fields: readonly string[];
    readonly payload_fields: readonly string[];
    readonly payload_defaults: Readonly<Record<string, unknown>>;
  };
  readonly response: {
    readonly schema_version: TVersions['response'];
    readonly fields: readonly string[];
    readonly payload_fields: readonly string[];
    readonly summary_fields: readonly string[];
    readonly statuses: readonly ResponseStatus[];
    readonly default_status: ResponseStatus;
  };
  readonly checks: readonly {
    readonly check: TCheck;
    readonly summary_field: string | null;
  }[];
  readonly statuses: readonly TStatus[];
  readonly private_modules: readonly string[];
  readonly boundary: string;
  readonly limits: typeof LIMITS;
}

/**
 * Describes a contract: its request and response fields, payload defaults, checks with their
 * summary fields, statuses, private modules, boundary and limits. A fresh plain-JSON copy each
 * call, so a caller changing it changes nothing else. A function of its own, not a member of
 * the contract, so a bundle that only builds and parses leaves it out.
 *
 * @param contract A contract from `defineContract`.
 * @returns The description.
 *
 * @example
 * describeContract(customerOperatingDashboardContract).checks[0];
 * // { check: 'dashboard_visibility', summary_field: 'dashboard_status' }
 */
export function describeContract<D extends ContractDeclaration>(
  contract: Contract<D>,
): ContractTypes<D>['description'];
export function describeContract(contract: AnyContract): ContractDescription;
export function describeContract({ spec, declaration }: AnyContract): ContractDescription {
  const defaults: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(spec.payloadSchema.entries)) {
    if ('default' in schema) {
      const fallback = schema.default;
      defaults[name] = typeof fallback === 'function' ? fallback() : fallback;
    }
  }
  const responseEntries = spec.responseSchema.entries;
  const payloadEntries = (responseEntries['payload'] as typeof spec.payloadSchema).entries;
  return {
    contract_version: declaration.versions.contract,
    operation: declaration.operation,
    title: declaration.title,
    request: {
      schema_version: declaration.versions.request,
      fields: Object.keys(spec.requestSchema.entries),
      payload_fields: Object.keys(spec.payloadSchema.entries),
      payload_defaults: defaults,
    },
    response: {
      schema_version: declaration.versions.response,
      fields: Object.keys(responseEntries),
      payload_fields: Object.keys(payloadEntries),
      summary_fields: Object.keys(spec.summarySchema.entries),
      statuses: [...RESPONSE_STATUSES],
      default_status: DEFAULT_RESPONSE_STATUS,
    },
    checks: spec.checks.map((check) => ({
      check,
      summary_field: declaration.checks[check] ?? null,
    })),
    statuses: [...spec.statuses],
    private_modules: [...declaration.privateModules],
    boundary: declaration.boundary,
    limits: { ...LIMITS },
  };
}
