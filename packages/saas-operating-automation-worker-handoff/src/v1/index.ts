import {
  type CheckStatus,
  type ContractTypes,
  defineContract,
  describeContract,
  rollupSummary,
} from '@cavra/contracts-core';
import type { SaasOperatingAutomationRequest } from '@cavra/saas-operating-automation/v1';
import { saasOperatingAutomationWorkerHandoffDeclaration as declaration } from './declaration.js';

export { ContractError, type ContractIssue, type ContractResult } from '@cavra/contracts-core';
export {
  DEFAULT_DEPLOYMENT_ENVIRONMENT,
  DEFAULT_EVIDENCE_SINK_REF,
  DEFAULT_HANDOFF_STATUS,
  DEFAULT_RETRY_POLICY_REF,
  DEFAULT_SCHEDULER_REF,
  DEFAULT_WORKER_MODE,
  DEFAULT_WORKER_OWNER,
  SAAS_OPERATING_AUTOMATION_WORKER_HANDOFF_BOUNDARY,
  SAAS_OPERATING_AUTOMATION_WORKER_HANDOFF_CHECK_FIELDS,
  SAAS_OPERATING_AUTOMATION_WORKER_HANDOFF_OPERATION,
  SAAS_OPERATING_AUTOMATION_WORKER_HANDOFF_OVERALL_FIELD,
  SAAS_OPERATING_AUTOMATION_WORKER_HANDOFF_PRIVATE_MODULES,
  saasOperatingAutomationWorkerHandoffDeclaration,
  WORKER_HANDOFF,
  WORKER_HANDOFF_STATUSES,
  WORKER_MODES,
} from './declaration.js';

type T = ContractTypes<typeof declaration>;
type Rollup = T['rollup'];

/**
 * The whole contract as one object: its declaration, schemas and functions. The registry
 * (`@cavra/contracts`) lists it for the CLI and the HTTP API.
 */
export const saasOperatingAutomationWorkerHandoffContract = defineContract(declaration);
const contract = saasOperatingAutomationWorkerHandoffContract;

/** One check name of this contract (an automation check). */
export type SaasOperatingAutomationWorkerHandoffCheck = T['check'];
/** One handoff status. */
export type WorkerHandoffStatus = T['status'];
/** One worker mode. */
export type WorkerMode = (typeof declaration.payload.worker_mode.values)[number];
/** A request payload as validated. */
export type SaasOperatingAutomationWorkerHandoffPayload = T['payload'];
/** A request as it travels on the wire. */
export type SaasOperatingAutomationWorkerHandoffRequest = T['request'];
/** A summary with its defaults filled. */
export type SaasOperatingAutomationWorkerHandoffSummary = T['summary'];
/** A summary as a caller may give it: fields with defaults are optional. */
export type SaasOperatingAutomationWorkerHandoffSummaryInput = T['summaryInput'];
/** A response as it travels on the wire. */
export type SaasOperatingAutomationWorkerHandoffResponse = T['response'];
/** Options of {@link buildSaasOperatingAutomationWorkerHandoffRequest}, by their wire names. */
export type SaasOperatingAutomationWorkerHandoffRequestOptions = T['requestOptions'];
/** The summary {@link buildSaasOperatingAutomationWorkerHandoffResponse} takes. */
export type SaasOperatingAutomationWorkerHandoffSummaryOptions = T['summaryOptions'];
/** The public description of the contract. */
export type SaasOperatingAutomationWorkerHandoffDescription = T['description'];
/** One check in a handoff rollup: no status of its own, and whether a worker targets it. */
export interface WorkerHandoffCheckStatus
  extends CheckStatus<SaasOperatingAutomationWorkerHandoffCheck, WorkerHandoffStatus> {
  /** `true` when the check is one of the summary's `worker_targets`. */
  readonly targeted: boolean;
}
/** The readiness view of a handoff summary: `handoff_status`, and each check targeted or not. */
export interface SaasOperatingAutomationWorkerHandoffRollup extends Rollup {
  /** Every check, in contract order, with whether a worker targets it. */
  readonly checks: readonly WorkerHandoffCheckStatus[];
}

/**
 * Rolls a summary up: its status is `handoff_status` (the worst of the one status field,
 * see `WORKER_HANDOFF.order`), each automation check is listed as targeted or not, and
 * `ready` holds when that status needs no attention and there are no blockers.
 *
 * @param summary A summary with its `tenant_id`; validated here.
 * @returns The rollup.
 * @throws {ContractError} for an invalid summary.
 */
export function rollupSaasOperatingAutomationWorkerHandoff(
  summary: SaasOperatingAutomationWorkerHandoffSummaryOptions & { readonly tenant_id: string },
): SaasOperatingAutomationWorkerHandoffRollup {
  const base = rollupSummary(contract, summary);
  const targets: readonly string[] = contract.parseSummary(summary).worker_targets;
  return {
    ...base,
    checks: base.checks.map((entry) => ({ ...entry, targeted: targets.includes(entry.check) })),
  };
}

/** Schema of the request payload; every field has a default. Runs the guard. */
export const SaasOperatingAutomationWorkerHandoffPayloadSchema = contract.payloadSchema;
/** Schema of the request (`cavra.saas_control_plane.request.v1`). Runs the guard. */
export const SaasOperatingAutomationWorkerHandoffRequestSchema = contract.requestSchema;
/** Schema of the summary; every field but `tenant_id` has a default. Runs the guard. */
export const SaasOperatingAutomationWorkerHandoffSummarySchema = contract.summarySchema;
/** Schema of the response (`cavra.saas_control_plane.response.v1`). Runs the guard. */
export const SaasOperatingAutomationWorkerHandoffResponseSchema = contract.responseSchema;

/**
 * Builds a `saas_operating_automation_worker_handoff` request, filling the defaults of every
 * field left out and generating a correlation id unless one is given. `worker_targets` must
 * name only checks of `required_checks` (both default to all seven automation checks).
 *
 * @param tenantId The tenant whose automation checks are handed to workers.
 * @param options `requested_by`, `correlation_id` and the payload fields.
 * @returns The request, ready for `JSON.stringify`.
 * @throws {ContractError} when a value breaks the contract or carries secret material.
 *
 * @example
 * const request = buildSaasOperatingAutomationWorkerHandoffRequest('tenant-acme', {
 *   worker_mode: 'shadow',
 *   required_checks: ['billing_monitoring', 'closeout_retry'],
 *   worker_targets: ['closeout_retry'],
 * });
 */
export const buildSaasOperatingAutomationWorkerHandoffRequest = contract.buildRequest;

/**
 * Builds the response to a handoff request. The summary is validated and its defaults
 * filled: `tenant_id`, `deployment_environment`, `worker_mode`, `required_checks`,
 * `worker_targets` and `handoff_boundary` come from the request unless given.
 *
 * @param request A request of this operation.
 * @param summary Optional summary fields (`handoff_status`, the `*_ref` labels, `worker_owner`, `blockers`).
 * @param options `status`, default `requires_private_service`.
 * @returns The response, ready for `JSON.stringify`.
 * @throws {ContractError} for a request of another operation, an invalid summary, or secret material.
 */
export const buildSaasOperatingAutomationWorkerHandoffResponse = contract.buildResponse;

/**
 * Parses an untrusted handoff request: strict, guarded, defaults filled.
 *
 * @param input Any value, e.g. `JSON.parse` of a body.
 * @returns The request.
 * @throws {ContractError} listing every issue with its JSON path.
 */
export const parseSaasOperatingAutomationWorkerHandoffRequest = contract.parseRequest;

/**
 * Parses an untrusted handoff response: strict, guarded, defaults filled.
 *
 * @param input Any value.
 * @returns The response.
 * @throws {ContractError} listing every issue with its JSON path.
 */
export const parseSaasOperatingAutomationWorkerHandoffResponse = contract.parseResponse;

/**
 * Parses an untrusted request without throwing.
 *
 * @param input Any value.
 * @returns `{ success: true, output }` or `{ success: false, error, issues }`.
 */
export const safeParseSaasOperatingAutomationWorkerHandoffRequest = contract.safeParseRequest;

/**
 * Parses an untrusted response without throwing.
 *
 * @param input Any value.
 * @returns `{ success: true, output }` or `{ success: false, error, issues }`.
 */
export const safeParseSaasOperatingAutomationWorkerHandoffResponse = contract.safeParseResponse;

/**
 * Describes the contract: request and response fields, checks, statuses, private modules,
 * boundary and limits.
 *
 * @returns The description, a plain JSON value.
 */
export const describeSaasOperatingAutomationWorkerHandoff = (): T['description'] =>
  describeContract(contract);

/** Options of {@link fromAutomationRequest}: every handoff request option but those it copies. */
export type FromAutomationRequestOptions = Omit<
  SaasOperatingAutomationWorkerHandoffRequestOptions,
  'requested_by' | 'required_checks'
>;

/**
 * Builds the handoff request that follows a `saas_operating_automation` request: same tenant,
 * same `requested_by`, same `required_checks` (and, unless given, `worker_targets` equal to
 * them). A fresh correlation id is generated unless one is given.
 *
 * @param request A parsed `saas_operating_automation` request.
 * @param options The other handoff payload fields (`deployment_environment`, `worker_mode`, ...).
 * @returns The handoff request.
 * @throws {ContractError} when a value breaks the contract, e.g. a worker target outside the checks.
 */
export function fromAutomationRequest(
  request: SaasOperatingAutomationRequest,
  options: FromAutomationRequestOptions = {},
): SaasOperatingAutomationWorkerHandoffRequest {
  const requiredChecks = request.payload.required_checks;
  return contract.buildRequest(request.tenant_id, {
    worker_targets: requiredChecks,
    ...options,
    requested_by: request.requested_by,
    required_checks: requiredChecks,
  });
}
