import {
  customerOperatingDashboardContract,
  saasOperatingAutomationContract,
  saasOperatingAutomationWorkerHandoffContract,
  supportHandoffReadinessContract,
} from '@cavra/contracts';
import { DOCUMENT_KINDS, DOCUMENT_SCHEMA_VERSIONS } from '@cavra/contracts-core';
import { describe, expect, it } from 'vitest';
import { CONTRACTS, findOperation, OPERATION_NAMES, OPERATIONS } from './operation-registry.js';

describe('the HTTP registry lists the contract objects', () => {
  it('serves the four contracts in DESIGN.md order', () => {
    expect(CONTRACTS).toEqual([
      customerOperatingDashboardContract,
      supportHandoffReadinessContract,
      saasOperatingAutomationContract,
      saasOperatingAutomationWorkerHandoffContract,
    ]);
    expect(OPERATION_NAMES).toEqual([
      'customer_operating_dashboard',
      'support_handoff_readiness',
      'saas_operating_automation',
      'saas_operating_automation_worker_handoff',
    ]);
  });

  it('pairs each contract with its package, compatibility path and shipped schemas', () => {
    expect(
      OPERATIONS.map(({ contract, packageName, compatPath }) => [
        contract.spec.operation,
        packageName,
        compatPath,
      ]),
    ).toEqual([
      [
        'customer_operating_dashboard',
        '@cavra/customer-operating-dashboard',
        '/saas/customer-operating-dashboard',
      ],
      [
        'support_handoff_readiness',
        '@cavra/support-handoff-readiness',
        '/saas/support-handoff-readiness',
      ],
      [
        'saas_operating_automation',
        '@cavra/saas-operating-automation',
        '/saas/operating-automation',
      ],
      [
        'saas_operating_automation_worker_handoff',
        '@cavra/saas-operating-automation-worker-handoff',
        '/saas/operating-automation/worker-handoff',
      ],
    ]);
    for (const { contract, schemas, versions } of OPERATIONS) {
      expect(versions.at(-1)?.contract).toBe(contract);
      for (const version of versions) {
        for (const kind of DOCUMENT_KINDS) {
          const properties = version.schemas[kind]['properties'] as Record<
            string,
            { const?: unknown }
          >;
          expect(properties['operation']?.const).toBe(contract.spec.operation);
          expect(properties['schema_version']?.const).toBe(
            version.contract.declaration.versions[kind],
          );
        }
      }
      expect(schemas).toEqual(versions.at(-1)?.schemas);
    }
    const handoff = OPERATIONS[1]?.versions.map((version) => version.tag);
    expect(handoff).toEqual(['v1', 'v2']);
    expect(
      DOCUMENT_KINDS.map((kind) => OPERATIONS[0]?.versions[0]?.contract.declaration.versions[kind]),
    ).toEqual(DOCUMENT_KINDS.map((kind) => DOCUMENT_SCHEMA_VERSIONS[kind]));
  });

  it('finds an entry by operation name only', () => {
    for (const name of OPERATION_NAMES) {
      expect(findOperation(name)?.contract.spec.operation).toBe(name);
    }
    for (const name of [
      'toString',
      '__proto__',
      'constructor',
      '',
      'Customer_operating_dashboard',
    ]) {
      expect(findOperation(name), name).toBeUndefined();
    }
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(OPERATIONS)).toBe(true);
    expect(Object.isFrozen(CONTRACTS)).toBe(true);
    for (const entry of OPERATIONS) {
      expect(Object.isFrozen(entry)).toBe(true);
      expect(Object.isFrozen(entry.schemas)).toBe(true);
    }
  });
});
