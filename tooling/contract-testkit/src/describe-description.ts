import { LIMITS } from '@cavra/contracts-core';
import { describe, expect, it } from 'vitest';
import { type ContractUnderTest, versionsOf } from './contract-under-test.js';
import { throughJson } from './documents.js';

/**
 * Registers the rules of the public description (`describeX()`).
 *
 * @param contract The contract under test.
 */
export function describeDescription(contract: ContractUnderTest): void {
  const { facts, api } = contract;
  const versions = versionsOf(facts);

  describe('public description', () => {
    it('names the contract version and the operation', () => {
      expect(api.describe()).toMatchObject({
        contract_version: versions.contract,
        operation: facts.operation,
      });
    });

    it('lists the request fields, payload fields and payload defaults', () => {
      expect(api.describe()).toMatchObject({
        request: {
          schema_version: versions.request,
          fields: [
            'schema_version',
            'operation',
            'tenant_id',
            'requested_by',
            'correlation_id',
            'private_implementation_required',
            'payload',
          ],
          payload_fields: Object.keys(facts.payloadDefaults),
          payload_defaults: facts.payloadDefaults,
        },
      });
    });

    it('lists the response fields, summary fields and response statuses', () => {
      expect(api.describe()).toMatchObject({
        response: {
          schema_version: versions.response,
          fields: [
            'schema_version',
            'operation',
            'status',
            'message',
            'correlation_id',
            'private_implementation_required',
            'payload',
          ],
          payload_fields: ['summary', 'private_modules_required', 'next_step'],
          summary_fields: facts.summaryFields,
          statuses: ['accepted', 'unavailable', 'requires_private_service'],
          default_status: 'requires_private_service',
        },
      });
    });

    it('pairs every check with its summary field, in contract order', () => {
      expect(api.describe()).toMatchObject({
        checks: Object.entries(facts.checkFields).map(([check, field]) => ({
          check,
          summary_field: field,
        })),
      });
    });

    it('lists the statuses, private modules, boundary and limits', () => {
      expect(api.describe()).toMatchObject({
        statuses: facts.statuses,
        private_modules: facts.privateModules,
        boundary: facts.payloadDefaults[facts.boundaryField],
        limits: { ...LIMITS },
      });
    });

    it('is plain JSON', () => {
      const description = api.describe();
      expect(throughJson(description)).toStrictEqual(description);
    });

    it('is a fresh copy: changing one changes neither the next nor the contract', () => {
      const first = api.describe() as {
        statuses: string[];
        private_modules: string[];
        limits: Record<string, number>;
      };
      const pristine = throughJson(first);
      try {
        first.statuses.push('changed');
        first.private_modules.push('changed');
        first.limits['blockerCount'] = 0;
      } catch {
        // A frozen description is as good as a copy.
      }
      expect(api.describe()).toEqual(pristine);
    });
  });
}
