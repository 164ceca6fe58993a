import {
  ContractError,
  contractStatusFields,
  DEFAULT_SUMMARY_STATUS,
  findSensitiveMaterial,
  toGuardIssues,
} from '@cavra/contracts-core';
import type { OperationEntry } from './operation-registry.js';
import { unknownKeyIssues } from './unknown-keys.js';

/** Request-envelope options a flat compatibility body may carry besides the payload fields. */
const ENVELOPE_OPTIONS = ['requested_by', 'correlation_id'] as const;

/** A flat compatibility body, split into what the builders take. */
export interface CompatParts {
  /** The tenant, as given (validated by the builder). */
  readonly tenantId: unknown;
  /** Envelope options and payload fields, for the request builder. */
  readonly requestOptions: Readonly<Record<string, unknown>>;
  /** Summary fields for the response builder, every status field filled. */
  readonly summary: Readonly<Record<string, unknown>>;
}

/**
 * Splits the flat body of a compatibility route (`POST /saas/...`) into request options
 * and summary, the way the reference implementation reads it: request options by their
 * wire names, then the summary status fields (each defaulting to `unknown`), `blockers`
 * and the other summary fields. A field that is both a payload and a summary field (a
 * scope, a cadence) goes to the request; the response builder copies it into the summary.
 *
 * Sensitive material anywhere in the body is refused first, so no later message can name
 * it; then unknown fields are refused by name.
 *
 * @param entry The operation.
 * @param body The parsed JSON body.
 * @returns The parts.
 * @throws {ContractError} for a body that is not an object, carries sensitive material
 *   or has unknown fields.
 */
export function splitCompatBody(entry: OperationEntry, body: unknown): CompatParts {
  const { spec } = entry.contract;
  const failure = `invalid ${spec.operation} body`;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ContractError(failure, [
      { path: '', message: 'body must be a JSON object', rule: 'object' },
    ]);
  }
  const findings = findSensitiveMaterial(body);
  if (findings.length > 0) throw new ContractError(failure, toGuardIssues(findings));

  const requestKeys = new Set<string>([
    ...ENVELOPE_OPTIONS,
    ...Object.keys(spec.payloadSchema.entries),
  ]);
  const summaryKeys = new Set(
    Object.keys(spec.summarySchema.entries).filter((field) => field !== 'tenant_id'),
  );
  const requestOptions: Record<string, unknown> = {};
  const summary: Record<string, unknown> = Object.fromEntries(
    contractStatusFields(spec).map((field) => [field, DEFAULT_SUMMARY_STATUS]),
  );
  const issues = unknownKeyIssues(
    Object.keys(body),
    (key) => key === 'tenant_id' || requestKeys.has(key) || summaryKeys.has(key),
  );
  if (issues.length > 0) throw new ContractError(failure, issues);
  let tenantId: unknown;
  for (const [key, value] of Object.entries(body)) {
    if (key === 'tenant_id') tenantId = value;
    else if (requestKeys.has(key)) requestOptions[key] = value;
    else summary[key] = value;
  }
  return { tenantId, requestOptions, summary };
}
