import type {
  RequestBuilderOptions,
  ResponseOptions,
  SummaryBuilderInput,
} from '@cavra/contracts-core';
import { saasOperatingAutomationContract } from './contract.js';
import type {
  SaasOperatingAutomationPayloadSchema,
  SaasOperatingAutomationRequest,
  SaasOperatingAutomationResponse,
  SaasOperatingAutomationSummarySchema,
} from './schemas.js';

/** Options of {@link buildSaasOperatingAutomationRequest}, by their wire names. */
export type SaasOperatingAutomationRequestOptions = RequestBuilderOptions<
  typeof SaasOperatingAutomationPayloadSchema
>;

/** The summary {@link buildSaasOperatingAutomationResponse} takes; `tenant_id` comes from the request. */
export type SaasOperatingAutomationSummaryOptions = SummaryBuilderInput<
  typeof SaasOperatingAutomationSummarySchema
>;

/**
 * Builds a `saas_operating_automation` request, filling the defaults of every field
 * left out and generating a correlation id unless one is given.
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
export function buildSaasOperatingAutomationRequest(
  tenantId: string,
  options: SaasOperatingAutomationRequestOptions = {},
): SaasOperatingAutomationRequest {
  return saasOperatingAutomationContract.buildRequest(tenantId, options);
}

/**
 * Builds the response to a `saas_operating_automation` request. The summary is
 * validated and its defaults filled: `tenant_id`, `automation_scope`,
 * `automation_cadence` and `automation_boundary` come from the request unless given.
 *
 * @param request A request of this operation.
 * @param summary `automation_status` and the seven check statuses, and optionally the other summary fields.
 * @param options `status`, default `requires_private_service`.
 * @returns The response, ready for `JSON.stringify`.
 * @throws {ContractError} for a request of another operation, an invalid summary, or secret material.
 */
export function buildSaasOperatingAutomationResponse(
  request: SaasOperatingAutomationRequest,
  summary: SaasOperatingAutomationSummaryOptions,
  options: ResponseOptions = {},
): SaasOperatingAutomationResponse {
  return saasOperatingAutomationContract.buildResponse(request, summary, options);
}
