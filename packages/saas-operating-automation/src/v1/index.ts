import {
  type ContractTypes,
  defineContract,
  describeContract,
  rollupSummary,
} from '@cavra/contracts-core';
import { saasOperatingAutomationDeclaration as declaration } from './declaration.js';

export { ContractError, type ContractIssue, type ContractResult } from '@cavra/contracts-core';
export {
  DEFAULT_AUTOMATION_CADENCE,
  DEFAULT_AUTOMATION_SCOPE,
  SAAS_OPERATING_AUTOMATION_BOUNDARY,
  SAAS_OPERATING_AUTOMATION_CHECK_FIELDS,
  SAAS_OPERATING_AUTOMATION_CHECKS,
  SAAS_OPERATING_AUTOMATION_OPERATION,
  SAAS_OPERATING_AUTOMATION_OVERALL_FIELD,
  SAAS_OPERATING_AUTOMATION_PRIVATE_MODULES,
  SAAS_OPERATING_AUTOMATION_STATUS_FIELDS,
  SAAS_OPERATING_AUTOMATION_STATUSES,
  saasOperatingAutomationDeclaration,
} from './declaration.js';

type T = ContractTypes<typeof declaration>;

/**
 * The whole contract as one object: its declaration, schemas and functions. The registry
 * (`@cavra/contracts`) lists it for the CLI and the HTTP API.
 */
export const saasOperatingAutomationContract = defineContract(declaration);
const contract = saasOperatingAutomationContract;

/** One check name of this contract. */
export type SaasOperatingAutomationCheck = T['check'];
/** One summary status field of this contract. */
export type SaasOperatingAutomationStatusField = T['statusField'];
/** A request payload as validated. */
export type SaasOperatingAutomationPayload = T['payload'];
/** A request as it travels on the wire. */
export type SaasOperatingAutomationRequest = T['request'];
/** A summary with its defaults filled. */
export type SaasOperatingAutomationSummary = T['summary'];
/** A summary as a caller may give it: fields with defaults are optional. */
export type SaasOperatingAutomationSummaryInput = T['summaryInput'];
/** A response as it travels on the wire. */
export type SaasOperatingAutomationResponse = T['response'];
/** Options of {@link buildSaasOperatingAutomationRequest}, by their wire names. */
export type SaasOperatingAutomationRequestOptions = T['requestOptions'];
/** The summary {@link buildSaasOperatingAutomationResponse} takes; `tenant_id` comes from the request. */
export type SaasOperatingAutomationSummaryOptions = T['summaryOptions'];
/** The public description of the contract. */
export type SaasOperatingAutomationDescription = T['description'];
/** The readiness view of a summary. */
export type SaasOperatingAutomationRollup = T['rollup'];

/** Schema of the request payload; every field has a default. Runs the guard. */
export const SaasOperatingAutomationPayloadSchema = contract.payloadSchema;
/** Schema of the request (`cavra.saas_control_plane.request.v1`). Runs the guard. */
export const SaasOperatingAutomationRequestSchema = contract.requestSchema;
/** Schema of the summary; `automation_status` and the seven status fields are
 * required. Runs the guard. */
export const SaasOperatingAutomationSummarySchema = contract.summarySchema;
/** Schema of the response (`cavra.saas_control_plane.response.v1`). Runs the guard. */
export const SaasOperatingAutomationResponseSchema = contract.responseSchema;

/**
 * Builds a `saas_operating_automation` request, filling the defaults of every field left
 * out and generating a correlation id unless one is given.
 *
 * @param tenantId The tenant whose automations are asked about.
 * @param options `requested_by`, `correlation_id` and the payload fields.
 * @returns The request, ready for `JSON.stringify`.
 * @throws {ContractError} when a value breaks the contract or carries secret material.
 *
 * @example
 * const request = buildSaasOperatingAutomationRequest('tenant-acme', {
 *   required_checks: ['billing_monitoring', 'closeout_retry'],
 * });
 */
export const buildSaasOperatingAutomationRequest = contract.buildRequest;

/**
 * Builds the response to a `saas_operating_automation` request. The summary is validated
 * and its defaults filled: `tenant_id`, `automation_scope`, `automation_cadence` and
 * `automation_boundary` come from the request unless given.
 *
 * @param request A request of this operation.
 * @param summary `automation_status` and the seven check statuses, and optionally the other summary fields.
 * @param options `status`, default `requires_private_service`.
 * @returns The response, ready for `JSON.stringify`.
 * @throws {ContractError} for a request of another operation, an invalid summary, or secret material.
 */
export const buildSaasOperatingAutomationResponse = contract.buildResponse;

/**
 * Parses an untrusted `saas_operating_automation` request: strict, guarded, defaults filled.
 *
 * @param input Any value, e.g. `JSON.parse` of a body.
 * @returns The request.
 * @throws {ContractError} listing every issue with its JSON path.
 */
export const parseSaasOperatingAutomationRequest = contract.parseRequest;

/**
 * Parses an untrusted `saas_operating_automation` response: strict, guarded, defaults filled.
 *
 * @param input Any value.
 * @returns The response.
 * @throws {ContractError} listing every issue with its JSON path.
 */
export const parseSaasOperatingAutomationResponse = contract.parseResponse;

/**
 * Parses an untrusted request without throwing.
 *
 * @param input Any value.
 * @returns `{ success: true, output }` or `{ success: false, error, issues }`.
 */
export const safeParseSaasOperatingAutomationRequest = contract.safeParseRequest;

/**
 * Parses an untrusted response without throwing.
 *
 * @param input Any value.
 * @returns `{ success: true, output }` or `{ success: false, error, issues }`.
 */
export const safeParseSaasOperatingAutomationResponse = contract.safeParseResponse;

/**
 * Describes the contract: request and response fields, checks with their summary fields,
 * statuses, private modules, boundary and limits.
 *
 * @returns The description, a plain JSON value.
 */
export const describeSaasOperatingAutomation = (): T['description'] => describeContract(contract);

/**
 * Rolls a summary up: the worst of `automation_status` and the seven check statuses
 * (see `AUTOMATION_SEVERITY`), each check's status, the checks that need attention (`blocked`
 * or `unknown`) and the blockers.
 *
 * @param summary A summary with its `tenant_id`; validated here.
 * @returns The rollup.
 * @throws {ContractError} for an invalid summary.
 */
export const rollupSaasOperatingAutomation = (
  summary: T['summaryOptions'] & { readonly tenant_id: string },
): T['rollup'] => rollupSummary(contract, summary);
