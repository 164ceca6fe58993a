import type { ContractResult } from '@cavra/contracts-core';
import { supportHandoffReadinessContract } from './contract.js';
import type { SupportHandoffReadinessRequest, SupportHandoffReadinessResponse } from './schemas.js';

/**
 * Parses an untrusted `support_handoff_readiness` request (for example `JSON.parse`
 * output): strict on keys, versions, operation and vocabularies, and guarded.
 *
 * @param input Any value.
 * @returns The request, with defaults filled.
 * @throws {ContractError} listing every issue with its JSON path.
 */
export function parseSupportHandoffReadinessRequest(
  input: unknown,
): SupportHandoffReadinessRequest {
  return supportHandoffReadinessContract.parseRequest(input);
}

/**
 * Parses an untrusted `support_handoff_readiness` response.
 *
 * @param input Any value.
 * @returns The response, with defaults filled.
 * @throws {ContractError} listing every issue with its JSON path.
 */
export function parseSupportHandoffReadinessResponse(
  input: unknown,
): SupportHandoffReadinessResponse {
  return supportHandoffReadinessContract.parseResponse(input);
}

/**
 * Parses an untrusted `support_handoff_readiness` request without throwing.
 *
 * @param input Any value.
 * @returns `{ success: true, output }` or `{ success: false, error, issues }`.
 */
export function safeParseSupportHandoffReadinessRequest(
  input: unknown,
): ContractResult<SupportHandoffReadinessRequest> {
  return supportHandoffReadinessContract.safeParseRequest(input);
}

/**
 * Parses an untrusted `support_handoff_readiness` response without throwing.
 *
 * @param input Any value.
 * @returns `{ success: true, output }` or `{ success: false, error, issues }`.
 */
export function safeParseSupportHandoffReadinessResponse(
  input: unknown,
): ContractResult<SupportHandoffReadinessResponse> {
  return supportHandoffReadinessContract.safeParseResponse(input);
}
