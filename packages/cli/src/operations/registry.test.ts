import {
  customerOperatingDashboardContract,
  saasOperatingAutomationContract,
  supportHandoffReadinessContract,
} from '@cavra/contracts';
import { describe, expect, it } from 'vitest';
import { CONTRACTS, findOperation, OPERATION_NAMES, OPERATIONS } from './registry.js';

describe('the registry lists the contract objects', () => {
  it('registers the three operations in DESIGN.md order', () => {
    expect(OPERATION_NAMES).toEqual([
      'customer_operating_dashboard',
      'support_handoff_readiness',
      'saas_operating_automation',
    ]);
    expect(CONTRACTS).toEqual([
      customerOperatingDashboardContract,
      supportHandoffReadinessContract,
      saasOperatingAutomationContract,
    ]);
  });

  it('pairs each contract with the package that ships its JSON Schema files', () => {
    expect(OPERATIONS.map((entry) => [entry.contract.spec.operation, entry.packageName])).toEqual([
      ['customer_operating_dashboard', '@cavra/customer-operating-dashboard'],
      ['support_handoff_readiness', '@cavra/support-handoff-readiness'],
      ['saas_operating_automation', '@cavra/saas-operating-automation'],
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
