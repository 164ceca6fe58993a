import { RESPONSE_STATUSES } from '@cavra/contracts-core';
import { describe, expect, it } from 'vitest';
import type { ContractUnderTest } from './contract-under-test.js';
import { buildRequest, buildResponse, throughJson, uniformSummary } from './documents.js';

/**
 * Registers the round-trip rule: the built object is the wire object, so
 * `JSON.parse(JSON.stringify(x))` of anything built parses back to an equal object, and
 * parsing is idempotent.
 *
 * @param contract The contract under test.
 */
export function describeRoundTrips(contract: ContractUnderTest): void {
  const { facts, api } = contract;
  const checks = Object.keys(facts.checkFields);
  const worst = facts.severity[0];

  describe('round trips through JSON', () => {
    const requests = {
      'a request with every default': () => buildRequest(contract),
      'a request with every option': () =>
        buildRequest(contract, {
          requested_by: 'ops-team',
          correlation_id: 'saas-00000000beef',
          required_checks: [...checks].reverse().slice(0, 2),
          ...Object.fromEntries(facts.payloadLabelFields.map((field) => [field, `my ${field}`])),
          [facts.boundaryField]: 'Our own boundary.\nSecond line.',
        }),
    };

    for (const [name, build] of Object.entries(requests)) {
      it(`parses ${name} back to an equal object`, () => {
        const built = build();
        const parsed = api.parseRequest(throughJson(built));
        expect(parsed).toEqual(built);
        expect(api.parseRequest(parsed)).toEqual(built);
        expect(JSON.stringify(parsed)).toBe(JSON.stringify(built));
      });
    }

    for (const status of RESPONSE_STATUSES) {
      it(`parses a ${status} response back to an equal object`, () => {
        const summary = {
          ...uniformSummary(facts, worst),
          blockers: ['waiting on billing export'],
        };
        const built = buildResponse(contract, summary, { status });
        const parsed = api.parseResponse(throughJson(built));
        expect(parsed).toEqual(built);
        expect(JSON.stringify(parsed)).toBe(JSON.stringify(built));
      });
    }

    it('validates built objects through the Standard Schema interface of the schemas', async () => {
      const request = buildRequest(contract);
      const response = buildResponse(contract, undefined, {}, request);
      const requestResult = await api.requestSchema['~standard'].validate(throughJson(request));
      const responseResult = await api.responseSchema['~standard'].validate(throughJson(response));
      expect(requestResult.issues).toBeUndefined();
      expect(responseResult.issues).toBeUndefined();
      expect(requestResult).toMatchObject({ value: request });
      expect(responseResult).toMatchObject({ value: response });
      const broken = await api.requestSchema['~standard'].validate({ ...request, operation: 'x' });
      expect(broken.issues?.length).toBeGreaterThan(0);
    });

    it('keeps no undefined values or non-JSON types in built objects', () => {
      const request = buildRequest(contract);
      const response = buildResponse(contract, undefined, {}, request);
      expect(throughJson(request)).toStrictEqual(request);
      expect(throughJson(response)).toStrictEqual(response);
    });
  });
}
