import { checkDocument as checkContractDocument, type DocumentCheck } from '@cavra/contracts';
import type { AnyContract } from '@cavra/contracts-core';
import { PUBLISHED_CONTRACTS } from '../operations/registry.js';

export type { DocumentCheck };

/**
 * Recognises and validates a JSON document over every published version of every contract with core's
 * `checkDocument`, the function `POST /v1/validate` runs too: a request, a response, or a
 * `{request, response}` pair of the same operation, correlation id and tenant.
 *
 * @param value A parsed JSON value.
 * @returns The outcome; never throws.
 */
export function checkDocument(value: unknown): DocumentCheck<AnyContract> {
  return checkContractDocument(PUBLISHED_CONTRACTS, value);
}
