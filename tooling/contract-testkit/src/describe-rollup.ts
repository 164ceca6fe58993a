import { describe, expect, it } from 'vitest';
import type { ContractUnderTest } from './contract-under-test.js';
import { TENANT, uniformSummary } from './documents.js';
import { expectRejectedAt } from './issues.js';

/**
 * Registers the rollup rules: the overall status is the worst reported status, checks are
 * listed in contract order with their fields, the non-ready ones need attention, and
 * blockers keep a tenant from being ready.
 *
 * @param contract The contract under test.
 */
export function describeRollup(contract: ContractUnderTest): void {
  const { facts, api } = contract;
  const best = facts.severity.at(-1) as string;
  const worst = facts.severity[0] as string;
  const summaryOf = (changes: Record<string, unknown> = {}): Record<string, unknown> => ({
    tenant_id: TENANT,
    ...uniformSummary(facts, best),
    ...changes,
  });
  const checkFieldEntries = Object.entries(facts.checkFields);
  const reported = checkFieldEntries.filter(
    (entry): entry is [string, string] => entry[1] !== null,
  );

  describe('rollup', () => {
    it('is ready when every status is the best and nothing blocks', () => {
      const rollup = api.rollup(summaryOf());
      expect(rollup).toMatchObject({
        operation: facts.operation,
        tenant_id: TENANT,
        status: best,
        ready: true,
        attention: [],
        blockers: [],
      });
    });

    it('lists every check in contract order with its field and status', () => {
      const rollup = api.rollup(summaryOf());
      // A contract may add facts to each entry (a handoff says whether a worker targets it).
      expect(rollup.checks.map(({ check, field, status }) => ({ check, field, status }))).toEqual(
        checkFieldEntries.map(([check, field]) => ({
          check,
          field,
          status: field === null ? null : best,
        })),
      );
    });

    // Checks with a summary field of their own (a handoff has none: its one status is overall).
    if (reported.length >= 2) {
      for (const status of facts.statuses.filter((candidate) => candidate !== best)) {
        it(`reports a single ${status} check as the overall status`, () => {
          const [check, field] = reported[reported.length - 1] as [string, string];
          const rollup = api.rollup(summaryOf({ [field]: status }));
          expect(rollup.status).toBe(status);
          const needsAttention = !facts.satisfied.includes(status);
          expect(rollup.attention).toEqual(needsAttention ? [{ check, field, status }] : []);
          expect(rollup.ready).toBe(!needsAttention);
        });
      }

      it('takes the worst status when several differ, listing the non-ready checks in order', () => {
        const [first, second] = reported as [[string, string], [string, string]];
        const middle = facts.severity[1] as string;
        const rollup = api.rollup(summaryOf({ [second[1]]: worst, [first[1]]: middle }));
        expect(rollup.status).toBe(worst);
        const expected = [
          { check: first[0], field: first[1], status: middle },
          { check: second[0], field: second[1], status: worst },
        ].filter((entry) => !facts.satisfied.includes(entry.status));
        expect(rollup.attention).toEqual(expected);
      });
    }

    for (const field of facts.overallFields) {
      it(`counts ${field} in the overall status`, () => {
        const rollup = api.rollup(summaryOf({ [field]: worst }));
        expect(rollup.status).toBe(worst);
        expect(rollup.ready).toBe(false);
        expect(rollup.checks.every((entry) => entry.status === best || entry.status === null)).toBe(
          true,
        );
      });
    }

    it('is not ready while blockers remain, and returns them', () => {
      const blockers = ['billing export is late'];
      const rollup = api.rollup(summaryOf({ blockers }));
      expect(rollup.status).toBe(best);
      expect(rollup.ready).toBe(false);
      expect(rollup.blockers).toEqual(blockers);
    });

    it('rejects an invalid summary, naming the field', () => {
      const field = reported[0]?.[1] ?? (facts.overallFields[0] as string);
      expectRejectedAt(() => api.rollup(summaryOf({ [field]: 'fine' })), field);
      if (facts.statusDefaults?.[field] === undefined) {
        const { [field]: _left, ...missing } = summaryOf();
        expectRejectedAt(() => api.rollup(missing), field);
      }
      expectRejectedAt(() => api.rollup({ ...summaryOf(), tenant_id: '' }), 'tenant_id');
    });
  });
}
