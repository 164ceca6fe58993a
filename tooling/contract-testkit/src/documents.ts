import { contractStatusFields } from '@cavra/contracts-core';
import type { ContractFacts, ContractUnderTest } from './contract-under-test.js';

/** A JSON object as the suite reads it. */
export type JsonRecord = Record<string, unknown>;

/** A request envelope as the suite reads it. */
export interface RequestDocument extends JsonRecord {
  schema_version: string;
  operation: string;
  tenant_id: string;
  requested_by: string;
  correlation_id: string;
  private_implementation_required: boolean;
  payload: JsonRecord;
}

/** A response envelope as the suite reads it. */
export interface ResponseDocument extends JsonRecord {
  schema_version: string;
  operation: string;
  status: string;
  message: string;
  correlation_id: string;
  private_implementation_required: boolean;
  payload: {
    summary: JsonRecord;
    private_modules_required: string[];
    next_step: string;
  };
}

/** The tenant most tests use. */
export const TENANT = 'tenant-acme';

/**
 * Every summary status field of a contract: the overall fields, then the checks' fields in
 * contract order (core's `contractStatusFields`, applied to the design's facts).
 *
 * @param facts The contract's facts.
 * @returns The field names.
 */
export function statusFieldsOf(facts: ContractFacts): string[] {
  return [...contractStatusFields(facts)];
}

/**
 * A summary with every status field set to one status, nothing else.
 *
 * @param facts The contract's facts.
 * @param status The status of every field; default the best one.
 * @returns The summary.
 */
export function uniformSummary(facts: ContractFacts, status = facts.severity.at(-1)): JsonRecord {
  return Object.fromEntries(statusFieldsOf(facts).map((field) => [field, status]));
}

/**
 * Builds a request through the package's builder.
 *
 * @param contract The contract under test.
 * @param options Builder options.
 * @param tenantId The tenant; default {@link TENANT}.
 * @returns The request.
 */
export function buildRequest(
  contract: ContractUnderTest,
  options: object = {},
  tenantId: string = TENANT,
): RequestDocument {
  return contract.api.buildRequest(tenantId, options) as RequestDocument;
}

/**
 * Builds a response through the package's builder, to a default request unless one is given.
 *
 * @param contract The contract under test.
 * @param summary The summary; default every status at its best.
 * @param options Response options.
 * @param request The request answered.
 * @returns The response.
 */
export function buildResponse(
  contract: ContractUnderTest,
  summary: object = uniformSummary(contract.facts),
  options: object = {},
  request: unknown = buildRequest(contract),
): ResponseDocument {
  return contract.api.buildResponse(request, summary, options) as ResponseDocument;
}

/**
 * Sends a value through JSON text and back, as the wire does.
 *
 * @param value A JSON-compatible value.
 * @returns The parsed copy.
 */
export function throughJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * A deep copy of a document with one value replaced (or removed, for `undefined`).
 *
 * @param document A JSON document.
 * @param path Keys from the root to the value.
 * @param value The new value; `undefined` deletes the key.
 * @returns The changed copy.
 */
export function withValue<T>(document: T, path: readonly (string | number)[], value: unknown): T {
  const copy = throughJson(document) as unknown;
  let at = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  if (value === undefined) delete at[last];
  else at[last] = value;
  return copy as T;
}
