import {
  type ContractTypes,
  defineContract,
  describeContract,
  rollupSummary,
} from '@cavra/contracts-core';
import { supportHandoffReadinessDeclaration as declaration } from './declaration.js';

export { ContractError, type ContractIssue, type ContractResult } from '@cavra/contracts-core';
export {
  DEFAULT_HANDOFF_SCOPE,
  DEFAULT_SUPPORT_TIER,
  SUPPORT_HANDOFF_READINESS_BOUNDARY,
  SUPPORT_HANDOFF_READINESS_CHECK_FIELDS,
  SUPPORT_HANDOFF_READINESS_CHECKS,
  SUPPORT_HANDOFF_READINESS_OPERATION,
  SUPPORT_HANDOFF_READINESS_PRIVATE_MODULES,
  SUPPORT_HANDOFF_READINESS_STATUS_FIELDS,
  SUPPORT_HANDOFF_READINESS_STATUSES,
  supportHandoffReadinessDeclaration,
} from './declaration.js';
export { respondToSupportHandoffReadiness } from './respond.js';
export {
  type SupportHandoffReadinessAnyRequest,
  type SupportHandoffReadinessAnyResponse,
  upgradeSupportHandoffReadinessV1ToV2,
} from './upgrade.js';

type T = ContractTypes<typeof declaration>;

/**
 * The whole contract, schema version v2, as one object: its declaration, schemas and
 * functions. The registry (`@cavra/contracts`) lists it for the CLI and the HTTP API.
 */
export const supportHandoffReadinessContract = defineContract(declaration);
const contract = supportHandoffReadinessContract;

/** One check name of this contract. */
export type SupportHandoffReadinessCheck = T['check'];
/** One summary status field of this contract. */
export type SupportHandoffReadinessStatusField = T['statusField'];
/** A request payload as validated. */
export type SupportHandoffReadinessPayload = T['payload'];
/** A request as it travels on the wire. */
export type SupportHandoffReadinessRequest = T['request'];
/** A summary with its defaults filled. */
export type SupportHandoffReadinessSummary = T['summary'];
/** A summary as a caller may give it: fields with defaults are optional. */
export type SupportHandoffReadinessSummaryInput = T['summaryInput'];
/** A response as it travels on the wire. */
export type SupportHandoffReadinessResponse = T['response'];
/** Options of {@link buildSupportHandoffReadinessRequest}, by their wire names. */
export type SupportHandoffReadinessRequestOptions = T['requestOptions'];
/** The summary {@link buildSupportHandoffReadinessResponse} takes; `tenant_id` comes from the request. */
export type SupportHandoffReadinessSummaryOptions = T['summaryOptions'];
/** The public description of the contract. */
export type SupportHandoffReadinessDescription = T['description'];
/** The readiness view of a summary. */
export type SupportHandoffReadinessRollup = T['rollup'];

/** Schema of the request payload; every field has a default. Runs the guard. */
export const SupportHandoffReadinessPayloadSchema = contract.payloadSchema;
/** Schema of the request (`cavra.saas_control_plane.request.v2`). Runs the guard. */
export const SupportHandoffReadinessRequestSchema = contract.requestSchema;
/** Schema of the summary; the six status fields are required. Runs the guard. */
export const SupportHandoffReadinessSummarySchema = contract.summarySchema;
/** Schema of the response (`cavra.saas_control_plane.response.v2`). Runs the guard. */
export const SupportHandoffReadinessResponseSchema = contract.responseSchema;

/**
 * Builds a `support_handoff_readiness` request, filling the defaults of every field left
 * out and generating a correlation id unless one is given.
 *
 * @param tenantId The tenant whose support handoff is asked about.
 * @param options `requested_by`, `correlation_id` and the payload fields.
 * @returns The request, ready for `JSON.stringify`.
 * @throws {ContractError} when a value breaks the contract or carries secret material.
 *
 * @example
 * const request = buildSupportHandoffReadinessRequest('tenant-acme', {
 *   required_checks: ['support_owner_assignment', 'escalation_routing'],
 * });
 */
export const buildSupportHandoffReadinessRequest = contract.buildRequest;

/**
 * Builds the response to a `support_handoff_readiness` request. The summary is validated
 * and its defaults filled: `tenant_id`, `handoff_scope`, `support_tier` and `handoff_boundary`
 * come from the request unless given.
 *
 * @param request A request of this operation.
 * @param summary The six statuses, and optionally the other summary fields.
 * @param options `status`, default `requires_private_service`.
 * @returns The response, ready for `JSON.stringify`.
 * @throws {ContractError} for a request of another operation, an invalid summary, or secret material.
 */
export const buildSupportHandoffReadinessResponse = contract.buildResponse;

/**
 * Parses an untrusted `support_handoff_readiness` request: strict, guarded, defaults filled.
 *
 * @param input Any value, e.g. `JSON.parse` of a body.
 * @returns The request.
 * @throws {ContractError} listing every issue with its JSON path.
 */
export const parseSupportHandoffReadinessRequest = contract.parseRequest;

/**
 * Parses an untrusted `support_handoff_readiness` response: strict, guarded, defaults filled.
 *
 * @param input Any value.
 * @returns The response.
 * @throws {ContractError} listing every issue with its JSON path.
 */
export const parseSupportHandoffReadinessResponse = contract.parseResponse;

/**
 * Parses an untrusted request without throwing.
 *
 * @param input Any value.
 * @returns `{ success: true, output }` or `{ success: false, error, issues }`.
 */
export const safeParseSupportHandoffReadinessRequest = contract.safeParseRequest;

/**
 * Parses an untrusted response without throwing.
 *
 * @param input Any value.
 * @returns `{ success: true, output }` or `{ success: false, error, issues }`.
 */
export const safeParseSupportHandoffReadinessResponse = contract.safeParseResponse;

/**
 * Describes the contract: request and response fields, checks with their summary fields,
 * statuses, private modules, boundary and limits.
 *
 * @returns The description, a plain JSON value.
 */
export const describeSupportHandoffReadiness = (): T['description'] => describeContract(contract);

/**
 * Rolls a summary up: the worst status of the six checks (see `READINESS_SEVERITY`), each
 * check's status (`release_owner_acceptance` by `release_owner_status`), the checks that need
 * attention and the blockers.
 *
 * @param summary A summary with its `tenant_id`; validated here.
 * @returns The rollup.
 * @throws {ContractError} for an invalid summary.
 */
export const rollupSupportHandoffReadiness = (
  summary: T['summaryOptions'] & { readonly tenant_id: string },
): T['rollup'] => rollupSummary(contract, summary);
