import type { AnyContract } from '@cavra/contracts-core';
import { supportHandoffReadinessContract as v2Typed } from '@cavra/support-handoff-readiness';
import { supportHandoffReadinessContract as v1Typed } from '@cavra/support-handoff-readiness/v1';
import { describe, expect, it } from 'vitest';
import { consoleContract } from './console-contract.js';
import { type CheckedDocument, fleetEntry } from './fleet-entry.js';

const v1: AnyContract = v1Typed;
const v2: AnyContract = v2Typed;
// Newest first, as a registry lists its versions' console data after the newest's.
const versions = [consoleContract(v2), consoleContract(v1)];

const STATUSES = {
  support_status: 'ready',
  customer_success_status: 'ready',
  escalation_status: 'ready',
  health_review_status: 'ready',
  dashboard_status: 'ready',
};

function checked(response: Record<string, unknown>): CheckedDocument {
  return {
    valid: true,
    operation: 'support_handoff_readiness',
    label: 'support_handoff_readiness response',
    issues: [],
    request: null,
    response,
  };
}

function releaseRow(response: Record<string, unknown>) {
  const entry = fleetEntry(versions, checked(response), 'doc.json');
  if (entry.kind !== 'tenant') throw new Error(`expected a tenant, got ${entry.kind}`);
  return entry.view.checks.find((row) => row.check === 'release_owner_acceptance');
}

describe('a fleet entry is shown in the version its response carries', () => {
  it('names the console data of each version by its response schema version', () => {
    expect(versions.map((entry) => entry.response_version)).toEqual([
      'cavra.saas_control_plane.response.v2',
      'cavra.saas_control_plane.response.v1',
    ]);
  });

  it('reads a v2 response with v2 fields: release_owner_status reports its check', () => {
    const response = v2.buildResponse(v2.buildRequest('tenant-harbor'), {
      ...STATUSES,
      release_owner_status: 'blocked',
    }) as Record<string, unknown>;
    expect(releaseRow(response)).toMatchObject({
      field: 'release_owner_status',
      status: 'blocked',
    });
  });

  it('reads a v1 response with v1 fields: that check has no summary field', () => {
    const response = v1.buildResponse(v1.buildRequest('tenant-harbor'), STATUSES) as Record<
      string,
      unknown
    >;
    expect(releaseRow(response)).toMatchObject({ field: null, status: null });
  });
});
