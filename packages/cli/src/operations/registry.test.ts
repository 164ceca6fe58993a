import {
  customerOperatingDashboardContract,
  saasOperatingAutomationContract,
  saasOperatingAutomationWorkerHandoffContract,
  supportHandoffReadinessContract,
} from '@cavra/contracts';
import { describe, expect, it } from 'vitest';
import { CONTRACTS, findOperation, OPERATION_NAMES, OPERATIONS } from './registry.js';

describe('the registry lists the contract objects', () => {
  it('registers the four operations in DESIGN.md order', () => {
    expect(OPERATION_NAMES).toEqual([
      'customer_operating_dashboard',
      'support_handoff_readiness',
      'saas_operating_automation',
      'saas_operating_automation_worker_handoff',
    ]);
    expect(CONTRACTS).toEqual([
      customerOperatingDashboardContract,
      supportHandoffReadinessContract,
      saasOperatingAutomationContract,
      saasOperatingAutomationWorkerHandoffContract,
    ]);
  });

  it('pairs each contract with the package that ships its JSON Schema files', () => {
    expect(OPERATIONS.map((entry) => [entry.contract.spec.operation, entry.packageName])).toEqual([
      ['customer_operating_dashboard', '@cavra/customer-operating-dashboard'],
      ['support_handoff_readiness', '@cavra/support-handoff-readiness'],
      ['saas_operating_automation', '@cavra/saas-operating-automation'],
      [
        'saas_operating_automation_worker_handoff',
        '@cavra/saas-operating-automation-worker-handoff',
      ],
    ]);
  });

  it('finds an operation by its exact name only', () => {
    expect(findOperation('support_handoff_readiness')?.contract).toBe(
      supportHandoffReadinessContract,
    );
    for (const name of ['toString', '__proto__', 'SUPPORT_HANDOFF_READINESS', '', undefined, 1]) {
      expect(findOperation(name), String(name)).toBeUndefined();
    }
  });
});
