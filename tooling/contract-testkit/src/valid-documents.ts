import { CORRELATION_ID_PATTERN, RESPONSE_STATUSES } from '@cavra/contracts-core';
import fc from 'fast-check';
import type { ContractUnderTest } from './contract-under-test.js';
import { validSummary } from './describe-properties.js';
import {
  buildRequest,
  buildResponse,
  type RequestDocument,
  type ResponseDocument,
} from './documents.js';
import { plainText } from './plain-text.js';

/** A tenant id as tenants write them: lowercase words joined by dashes. */
const tenantId = fc
  .array(fc.stringMatching(/^[a-z][a-z0-9]{0,9}$/), { minLength: 1, maxLength: 4 })
  .map((words) => words.join('-'));

/**
 * Arbitrary valid builder options of a contract's request: any non-empty set of its checks
 * in any order, its labels, its boundary text, `requested_by` and always a fixed
 * `correlation_id` (so that a failing case replays exactly).
 *
 * @param contract The contract under test.
 * @returns The arbitrary.
 */
export function validRequestOptions(contract: ContractUnderTest): fc.Arbitrary<object> {
  const { facts } = contract;
  const checks = Object.keys(facts.checkFields);
  const optional = {
    requested_by: plainText(3).map((text) => text.replaceAll(' ', '-')),
    required_checks: fc.shuffledSubarray(checks, { minLength: 1 }),
    ...Object.fromEntries(facts.payloadLabelFields.map((field) => [field, plainText(6)])),
    [facts.boundaryField]: plainText(40),
  };
  return fc
    .tuple(fc.stringMatching(CORRELATION_ID_PATTERN), fc.record(optional, { requiredKeys: [] }))
    .map(([correlationId, rest]) => ({ correlation_id: correlationId, ...rest }));
}

/**
 * Arbitrary valid requests, built with the contract's own request builder.
 *
 * @param contract The contract under test.
 * @returns The arbitrary.
 */
export function validRequest(contract: ContractUnderTest): fc.Arbitrary<RequestDocument> {
  return fc
    .tuple(tenantId, validRequestOptions(contract))
    .map(([tenant, options]) => buildRequest(contract, options, tenant));
}

/**
 * Arbitrary valid responses, built with the contract's own builders from a generated
 * request, a generated summary and any response status.
 *
 * @param contract The contract under test.
 * @returns The arbitrary.
 */
export function validResponse(contract: ContractUnderTest): fc.Arbitrary<ResponseDocument> {
  return fc
    .tuple(validRequest(contract), validSummary(contract), fc.constantFrom(...RESPONSE_STATUSES))
    .map(([request, summary, status]) => buildResponse(contract, summary, { status }, request));
}
