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
      ? readField(contract, input, COMPAT_TENANT_FIELD)
      : '',
  };
  const requestOptions: Record<string, unknown> = {};
  const summary: Record<string, unknown> = {};
  for (const field of compatFields(contract)) {
    if (Object.hasOwn(input, field.name)) {
      const value = readField(contract, input, field.name);
      read[field.name] = value;
      if (field.target === 'request') requestOptions[field.name] = value;
      else summary[field.name] = value;
    } else if (field.target === 'summary' && field.kind === 'status') {
      summary[field.name] = field.default;
    }
  }
  assertPublicSafe(read);
  const request = contract.buildRequest(read[COMPAT_TENANT_FIELD] as string, requestOptions);
  const response = contract.buildResponse(request, summary);
  return { request, response };
}

/**
 * Reads one field of the input, once: what the guard checks is what the builders get. A
 * property whose getter throws (an object made in code, never parsed JSON) is a contract
 * error naming the field; the thrown error is not quoted.
 */
function readField(contract: AnyContract, input: Record<string, unknown>, name: string): unknown {
  try {
    return input[name];
  } catch {
    throw new ContractError(`invalid ${contract.spec.operation} body`, [
      { path: name, message: `${name} cannot be read`, rule: 'unreadable' },
    ]);
  }
}
