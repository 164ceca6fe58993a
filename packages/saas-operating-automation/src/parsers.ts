import type { ContractResult } from '@cavra/contracts-core';
import { saasOperatingAutomationContract } from './contract.js';
import type { SaasOperatingAutomationRequest, SaasOperatingAutomationResponse } from './schemas.js';

/**
 * Parses an untrusted `saas_operating_automation` request (for example `JSON.parse`
 * output): strict on keys, versions, operation and vocabularies, and guarded.
 *
 * @param input Any value.
 * @returns The request, with defaults filled.
 * @throws {ContractError} listing every issue with its JSON path.
 */
export function parseSaasOperatingAutomationRequest(
  input: unknown,
): SaasOperatingAutomationRequest {
  return saasOperatingAutomationContract.parseRequest(input);
}

/**
 * Parses an untrusted `saas_operating_automation` response.
 *
 * @param input Any value.
 * @returns The response, with defaults filled.
 * @throws {ContractError} listing every issue with its JSON path.
 */
export function parseSaasOperatingAutomationResponse(
  input: unknown,
): SaasOperatingAutomationResponse {
  return saasOperatingAutomationContract.parseResponse(input);
}

/**
 * Parses an untrusted `saas_operating_automation` request without throwing.
 *
 * @param input Any value.
 * @returns `{ success: true, output }` or `{ success: false, error, issues }`.
 */
export function safeParseSaasOperatingAutomationRequest(
  input: unknown,
): ContractResult<SaasOperatingAutomationRequest> {
  return saasOperatingAutomationContract.safeParseRequest(input);
}

/**
 * Parses an untrusted `saas_operating_automation` response without throwing.
 *
 * @param input Any value.
 * @returns `{ success: true, output }` or `{ success: false, error, issues }`.
 */
export function safeParseSaasOperatingAutomationResponse(
  input: unknown,
): ContractResult<SaasOperatingAutomationResponse> {
  return saasOperatingAutomationContract.safeParseResponse(input);
}
