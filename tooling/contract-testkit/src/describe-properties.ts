import { LIMITS, RESPONSE_STATUSES } from '@cavra/contracts-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContractUnderTest } from './contract-under-test.js';
import {
  buildRequest,
  buildResponse,
  statusFieldsOf,
  throughJson,
  uniformSummary,
  withValue,
} from './documents.js';
import { expectFailureAt, expectRejectedAt } from './issues.js';
import { plainText } from './plain-text.js';

/**
 * An arbitrary valid summary of a contract: every status field from the vocabulary,
 * blockers, and optionally the labels, boundary and any extra fields of the contract.
 *
 * @param contract The contract under test.
 * @returns The arbitrary.
 */
export function validSummary(contract: ContractUnderTest): fc.Arbitrary<Record<string, unknown>> {
  const { facts } = contract;
  const statuses = Object.fromEntries(
    statusFieldsOf(facts).map((field) => [field, fc.constantFrom(...facts.statuses)]),
  );
  const optional = {
    blockers: fc.array(plainText(12), { maxLength: LIMITS.blockerCount }),
    ...Object.fromEntries(facts.summaryLabelFields.map((field) => [field, plainText(6)])),
    [facts.boundaryField]: plainText(40),
  };
  return fc
    .tuple(
      fc.record(statuses),
      fc.record(optional, { requiredKeys: [] }),
      contract.summaryExtras ?? fc.constant({}),
    )
    .map(([required, rest, extras]) => ({ ...required, ...rest, ...extras }));
}

/**
 * Registers the property tests: any valid summary round-trips and rolls up to its worst
 * status, and any string outside a vocabulary is rejected at its field.
 *
 * @param contract The contract under test.
 */
export function describeProperties(contract: ContractUnderTest): void {
  const { facts, api } = contract;
  const statusFields = statusFieldsOf(facts);
  const checks = Object.keys(facts.checkFields);
  const request = buildRequest(contract);

  describe('properties (fast-check)', () => {
    it('any valid summary builds a response that round-trips through JSON', () => {
      fc.assert(
        fc.property(
          validSummary(contract),
          fc.constantFrom(...RESPONSE_STATUSES),
          (summary, status) => {
            const built = buildResponse(contract, summary, { status }, request);
            for (const [field, value] of Object.entries(summary)) {
              expect(built.payload.summary[field]).toEqual(value);
            }
            expect(api.parseResponse(throughJson(built))).toEqual(built);
          },
        ),
      );
    });

    it('any valid summary rolls up to its worst status', () => {
      fc.assert(
        fc.property(validSummary(contract), (summary) => {
          const ranks = statusFields.map((field) =>
            facts.severity.indexOf(summary[field] as string),
          );
          const worst = facts.severity[Math.min(...ranks)];
          const rollup = api.rollup({ tenant_id: 'tenant-acme', ...summary });
          expect(rollup.status).toBe(worst);
          const blockers = (summary['blockers'] as string[] | undefined) ?? [];
          expect(rollup.ready).toBe(
            facts.satisfied.includes(worst as string) && blockers.length === 0,
          );
        }),
      );
    });

    it('any string outside the status vocabulary is rejected at its field', () => {
      const outside = fc.string({ maxLength: 40 }).filter((text) => !facts.statuses.includes(text));
      fc.assert(
        fc.property(fc.constantFrom(...statusFields), outside, (field, status) => {
          expectRejectedAt(
            () => api.buildResponse(request, { ...uniformSummary(facts), [field]: status }),
            `payload.summary.${field}`,
          );
          const response = buildResponse(contract, uniformSummary(facts), {}, request);
          expectFailureAt(
            api.safeParseResponse(withValue(response, ['payload', 'summary', field], status)),
            `payload.summary.${field}`,
          );
        }),
      );
    });

    it('any string outside the response statuses is rejected at status', () => {
      const outside = fc
        .string({ maxLength: 40 })
        .filter((text) => !(RESPONSE_STATUSES as readonly string[]).includes(text));
      fc.assert(
        fc.property(outside, (status) => {
          expectRejectedAt(
            () => api.buildResponse(request, uniformSummary(facts), { status }),
            'status',
          );
        }),
      );
    });

    it('any string outside the check names is rejected in required_checks', () => {
      const outside = fc.string({ maxLength: 40 }).filter((text) => !checks.includes(text));
      fc.assert(
        fc.property(outside, (check) => {
          expectRejectedAt(
            () => api.buildRequest('tenant-acme', { required_checks: [check] }),
            'payload.required_checks[0]',
          );
        }),
      );
    });
  });
}
