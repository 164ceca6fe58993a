import type {
  RequestBuilderOptions,
  ResponseOptions,
  SummaryBuilderInput,
} from '@cavra/contracts-core';
import { supportHandoffReadinessContract } from './contract.js';
import type {
  SupportHandoffReadinessPayloadSchema,
  SupportHandoffReadinessRequest,
  SupportHandoffReadinessResponse,
  SupportHandoffReadinessSummarySchema,
} from './schemas.js';

/** Options of {@link buildSupportHandoffReadinessRequest}, by their wire names. */
export type SupportHandoffReadinessRequestOptions = RequestBuilderOptions<
  typeof SupportHandoffReadinessPayloadSchema
>;

/** The summary {@link buildSupportHandoffReadinessResponse} takes; `tenant_id` comes from the request. */
export type SupportHandoffReadinessSummaryOptions = SummaryBuilderInput<
  typeof SupportHandoffReadinessSummarySchema
>;

/**
 * Builds a `support_handoff_readiness` request, filling the defaults of every field
 * left out and generating a correlation id unless one is given.
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
export function buildSupportHandoffReadinessRequest(
  tenantId: string,
  options: SupportHandoffReadinessRequestOptions = {},
): SupportHandoffReadinessRequest {
  return supportHandoffReadinessContract.buildRequest(tenantId, options);
}

/**
 * Builds the response to a `support_handoff_readiness` request. The summary is
 * validated and its defaults filled: `tenant_id`, `handoff_scope`,
 * `support_tier` and `handoff_boundary` come from the request unless given.
 *
 * @param request A request of this operation.
 * @param summary The five statuses, and optionally the other summary fields.
 * @param options `status`, default `requires_private_service`.
 * @returns The response, ready for `JSON.stringify`.
 * @throws {ContractError} for a request of another operation, an invalid summary, or secret material.
 */
export function buildSupportHandoffReadinessResponse(
  request: SupportHandoffReadinessRequest,
  summary: SupportHandoffReadinessSummaryOptions,
  options: ResponseOptions = {},
): SupportHandoffReadinessResponse {
  return supportHandoffReadinessContract.buildResponse(request, summary, options);
}
