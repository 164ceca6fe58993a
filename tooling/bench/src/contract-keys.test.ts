import { CONTRACTS as REGISTERED } from '@cavra/contracts';
import {
  describeContract,
  findSensitiveMaterial,
  matchKeyRule,
  matchValueRule,
  type ReadinessStatus,
} from '@cavra/contracts-core';
import { describe, expect, it } from 'vitest';

/** Every registered contract, by the functions this test needs. */
const CONTRACTS = REGISTERED.map((contract) => ({
  name: contract.spec.operation,
  describe: () => describeContract(contract),
  buildRequest: contract.buildRequest,
  buildResponse: contract.buildResponse,
}));

/** Every object key and every string in a value, at any depth. */
function keysAndStrings(value: unknown, keys = new Set<string>(), strings = new Set<string>()) {
  if (typeof value === 'string') strings.add(value);
  else if (Array.isArray(value)) for (const item of value) keysAndStrings(item, keys, strings);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      keys.add(key);
      keysAndStrings(item, keys, strings);
    }
  }
  return { keys, strings };
}

describe.each(CONTRACTS)('the guard and the $name contract', (contract) => {
  const description = contract.describe() as unknown as {
    statuses: readonly string[];
    response: { summary_fields: readonly string[] };
  };
  const first = description.statuses[0] as ReadinessStatus;
  const summary = Object.fromEntries(
    description.response.summary_fields
      .filter((field) => field.endsWith('_status'))
      .map((field) => [field, first]),
  );
  const request = contract.buildRequest('tenant-acme');
  const response = contract.buildResponse(request as never, summary);

  it('flags none of the contract’s own keys: envelope, payload, summary and description', () => {
    const { keys } = keysAndStrings([description, request, response]);
    const fields = description as unknown as Record<string, Record<string, readonly string[]>>;
    for (const list of [
      fields['request']?.['fields'],
      fields['request']?.['payload_fields'],
      fields['response']?.['fields'],
      fields['response']?.['payload_fields'],
      fields['response']?.['summary_fields'],
    ]) {
      expect(list?.length).toBeGreaterThan(0);
      for (const key of list ?? []) keys.add(key);
    }
    expect(keys.size).toBeGreaterThan(20);
    for (const key of keys) {
      expect(matchKeyRule(key), key).toBeUndefined();
      expect(matchValueRule(key), key).toBeUndefined();
    }
  });

  it('flags none of its vocabulary, texts and defaults', () => {
    const { strings } = keysAndStrings([description, request, response]);
    expect(strings.size).toBeGreaterThan(20);
    for (const text of strings) expect(matchValueRule(text), text).toBeUndefined();
  });

  it('finds nothing in its description and in the documents its builders make', () => {
    expect(findSensitiveMaterial(description)).toEqual([]);
    expect(findSensitiveMaterial(request)).toEqual([]);
    expect(findSensitiveMaterial(response)).toEqual([]);
  });
});
