import { type AnyContract, assertPublicSafe, ContractError, isRecord } from '@cavra/contracts-core';
import { compatFields } from './compat-fields.js';

/** The field every compatibility input names its tenant in. */
export const COMPAT_TENANT_FIELD = 'tenant_id';

/** What a compatibility surface answers: the request and the response built from one input. */
export interface CompatPair {
  /** The request, as its contract's builder made it. */
  readonly request: unknown;
  /** The response to it. */
  readonly response: unknown;
}

/**
 * Builds a request and its response from a flat input, the way the reference implementation's
 * route and command do: `tenant_id` (empty when left out), then each field of
 * {@link compatFields}; every other key is ignored, never read, stored or echoed. A summary
 * status field left out gets its declared default (else `unknown`). Values are never coerced:
 * a wrong type is a contract error. The fields read are checked for sensitive material first,
 * so no later message can quote it.
 *
 * @param contract The contract.
 * @param input The flat input, e.g. a parsed JSON body.
 * @returns The request and response.
 * @throws {ContractError} for an input that is not an object or breaks the contract.
 */
export function buildCompatPair(contract: AnyContract, input: unknown): CompatPair {
  if (!isRecord(input)) {
    throw new ContractError(`invalid ${contract.spec.operation} body`, [
      { path: '', message: 'body must be a JSON object', rule: 'object' },
    ]);
  }
  const read: Record<string, unknown> = {
    [COMPAT_TENANT_FIELD]: Object.hasOwn(input, COMPAT_TENANT_FIELD)
      ? input[COMPAT_TENANT_FIELD]
      : '',
  };
  const requestOptions: Record<string, unknown> = {};
  const summary: Record<string, unknown> = {};
  for (const field of compatFields(contract)) {
    const given = Object.hasOwn(input, field.name);
    if (given) read[field.name] = input[field.name];
    if (field.target === 'request') {
      if (given) requestOptions[field.name] = input[field.name];
    } else if (given) {
      summary[field.name] = input[field.name];
    } else if (field.kind === 'status') {
      summary[field.name] = field.default;
    }
  }
  assertPublicSafe(read);
  const request = contract.buildRequest(read[COMPAT_TENANT_FIELD] as string, requestOptions);
  const response = contract.buildResponse(request, summary);
  return { request, response };
}
