import type {
  RequestBuilderOptions,
  ResponseOptions,
  SummaryBuilderInput,
} from '@cavra/contracts-core';
import { customerOperatingDashboardContract } from './contract.js';
import type {
  CustomerOperatingDashboardPayloadSchema,
  CustomerOperatingDashboardRequest,
  CustomerOperatingDashboardResponse,
  CustomerOperatingDashboardSummarySchema,
} from './schemas.js';

/** Options of {@link buildCustomerOperatingDashboardRequest}, by their wire names. */
export type CustomerOperatingDashboardRequestOptions = RequestBuilderOptions<
  typeof CustomerOperatingDashboardPayloadSchema
>;

/** The summary {@link buildCustomerOperatingDashboardResponse} takes; `tenant_id` comes from the request. */
export type CustomerOperatingDashboardSummaryOptions = SummaryBuilderInput<
  typeof CustomerOperatingDashboardSummarySchema
>;

/**
 * Builds a `customer_operating_dashboard` request, filling the defaults of every field
 * left out and generating a correlation id unless one is given.
 *
 * @param tenantId The tenant whose dashboard readiness is asked about.
 * @param options `requested_by`, `correlation_id` and the payload fields.
 * @returns The request, ready for `JSON.stringify`.
 * @throws {ContractError} when a value breaks the contract or carries secret material.
 *
 * @example
 * const request = buildCustomerOperatingDashboardRequest('tenant-acme', {
 *   required_checks: ['billing_observability', 'release_acceptance'],
 * });
 */
export function buildCustomerOperatingDashboardRequest(
  tenantId: string,
  options: CustomerOperatingDashboardRequestOptions = {},
): CustomerOperatingDashboardRequest {
  return customerOperatingDashboardContract.buildRequest(tenantId, options);
}

/**
 * Builds the response to a `customer_operating_dashboard` request. The summary is
 * validated and its defaults filled: `tenant_id`, `dashboard_scope` and
 * `dashboard_boundary` come from the request unless given.
 *
 * @param request A request of this operation.
 * @param summary The seven statuses, and optionally the other summary fields.
 * @param options `status`, default `requires_private_service`.
 * @returns The response, ready for `JSON.stringify`.
 * @throws {ContractError} for a request of another operation, an invalid summary, or secret material.
 */
export function buildCustomerOperatingDashboardResponse(
  request: CustomerOperatingDashboardRequest,
  summary: CustomerOperatingDashboardSummaryOptions,
  options: ResponseOptions = {},
): CustomerOperatingDashboardResponse {
  return customerOperatingDashboardContract.buildResponse(request, summary, options);
}
