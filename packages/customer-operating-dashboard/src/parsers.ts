import type { ContractResult } from '@cavra/contracts-core';
import { customerOperatingDashboardContract } from './contract.js';
import type {
  CustomerOperatingDashboardRequest,
  CustomerOperatingDashboardResponse,
} from './schemas.js';

/**
 * Parses an untrusted `customer_operating_dashboard` request (for example `JSON.parse`
 * output): strict on keys, versions, operation and vocabularies, and guarded.
 *
 * @param input Any value.
 * @returns The request, with defaults filled.
 * @throws {ContractError} listing every issue with its JSON path.
 */
export function parseCustomerOperatingDashboardRequest(
  input: unknown,
): CustomerOperatingDashboardRequest {
  return customerOperatingDashboardContract.parseRequest(input);
}

/**
 * Parses an untrusted `customer_operating_dashboard` response.
 *
 * @param input Any value.
 * @returns The response, with defaults filled.
 * @throws {ContractError} listing every issue with its JSON path.
 */
export function parseCustomerOperatingDashboardResponse(
  input: unknown,
): CustomerOperatingDashboardResponse {
  return customerOperatingDashboardContract.parseResponse(input);
}

/**
 * Parses an untrusted `customer_operating_dashboard` request without throwing.
 *
 * @param input Any value.
 * @returns `{ success: true, output }` or `{ success: false, error, issues }`.
 */
export function safeParseCustomerOperatingDashboardRequest(
  input: unknown,
): ContractResult<CustomerOperatingDashboardRequest> {
  return customerOperatingDashboardContract.safeParseRequest(input);
}

/**
 * Parses an untrusted `customer_operating_dashboard` response without throwing.
 *
 * @param input Any value.
 * @returns `{ success: true, output }` or `{ success: false, error, issues }`.
 */
export function safeParseCustomerOperatingDashboardResponse(
  input: unknown,
): ContractResult<CustomerOperatingDashboardResponse> {
  return customerOperatingDashboardContract.safeParseResponse(input);
}
