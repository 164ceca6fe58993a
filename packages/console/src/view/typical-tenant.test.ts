import type { AnyContract } from '@cavra/contracts-core';
import { supportHandoffReadinessContract as supportHandoffReadinessContractTyped } from '@cavra/support-handoff-readiness/v1';
import { describe, expect, it } from 'vitest';
import { consoleContract } from './console-contract.js';
import { tenantView } from './tenant-view.js';
import { typicalTenant } from './typical-tenant.js';

const supportHandoffReadinessContract: AnyContract = supportHandoffReadinessContractTyped;
const contract = consoleContract(supportHandoffReadinessContract);

function view(name: string, status: string) {
  const response = supportHandoffReadinessContract.buildResponse(
    supportHandoffReadinessContract.buildRequest(name),
    {
      support_status: 'ready',
      customer_success_status: 'ready',
      escalation_status: 'ready',
      health_review_status: 'ready',
      dashboard_status: 'ready',
    },
  ) as Record<string, unknown>;
  return tenantView(contract, { ...response, status });
}

describe('the typical tenant of an operation', () => {
  it('is one whose operation-wide facts the most tenants share', () => {
    const tenants = [
      view('tenant-a', 'accepted'),
      view('tenant-b', 'requires_private_service'),
      view('tenant-c', 'requires_private_service'),
    ];
    expect(typicalTenant(tenants)?.tenant_id).toBe('tenant-b');
  });

  it('is the first of equally common ones, and none for no tenants', () => {
    expect(
      typicalTenant([view('tenant-a', 'accepted'), view('tenant-b', 'unavailable')])?.tenant_id,
    ).toBe('tenant-a');
    expect(typicalTenant([])).toBeUndefined();
  });
});
