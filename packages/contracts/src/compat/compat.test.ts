import { ContractError } from '@cavra/contracts-core';
import { supportHandoffReadinessContract as supportHandoffReadinessV1 } from '@cavra/support-handoff-readiness/v1';
import { describe, expect, it } from 'vitest';
import { REGISTRY } from '../registry.js';
import { compatContractDocument } from './compat-contract.js';
import { compatContractOf } from './compat-contracts.js';
import { compatDetail } from './compat-detail.js';
import { compatFields, summaryStatusDefault } from './compat-fields.js';
import { buildCompatPair } from './compat-pair.js';

const [dashboard, , automation, workerHandoff] = REGISTRY.map((entry) => entry.contract) as [
  (typeof REGISTRY)[number]['contract'],
  (typeof REGISTRY)[number]['contract'],
  (typeof REGISTRY)[number]['contract'],
  (typeof REGISTRY)[number]['contract'],
];

function detailOf(contract: typeof automation, input: unknown): string {
  try {
    buildCompatPair(contract, input);
  } catch (error) {
    if (ContractError.isInstance(error)) return compatDetail(contract, error);
    throw error;
  }
  throw new Error('expected a ContractError');
}

describe('the fields a compatibility surface reads come from the declaration', () => {
  it('lists the worker handoff fields in the order of the reference command flags', () => {
    expect(compatFields(workerHandoff).map((field) => [field.name, field.target])).toEqual([
      ['requested_by', 'request'],
      ['deployment_environment', 'request'],
      ['worker_mode', 'request'],
      ['required_checks', 'request'],
      ['worker_targets', 'request'],
      ['handoff_status', 'summary'],
      ['scheduler_ref', 'summary'],
      ['evidence_sink_ref', 'summary'],
      ['retry_policy_ref', 'summary'],
      ['worker_owner', 'summary'],
      ['blockers', 'summary'],
    ]);
  });

  it('leaves out the boundary texts, the constant flag and the fields copied from the request', () => {
    const names = compatFields(automation).map((field) => field.name);
    expect(names).not.toContain('automation_boundary');
    expect(names).not.toContain('private_validation_required');
    expect(names.filter((name) => name === 'automation_scope')).toHaveLength(1);
    expect(names.slice(-1)).toEqual(['blockers']);
    expect(compatFields(dashboard).map((field) => field.name)).toContain('latest_dashboard_at');
  });

  it('gives each field its default, list kind and status values', () => {
    const byName = Object.fromEntries(
      compatFields(workerHandoff).map((field) => [field.name, field]),
    );
    expect(byName['requested_by']?.default).toBe('community');
    expect(byName['worker_mode']).toMatchObject({
      kind: 'status',
      values: ['dry_run', 'shadow', 'live', 'unknown'],
      default: 'dry_run',
      list: null,
    });
    expect(byName['worker_targets']?.list).toBe('checks');
    expect(byName['blockers']).toMatchObject({ list: 'lines', default: [] });
    expect(byName['scheduler_ref']?.default).toBe('scheduler-pending');
  });

  it('defaults a status to its declared default, else unknown', () => {
    expect(summaryStatusDefault(workerHandoff, 'handoff_status')).toBe('requires_private_service');
    expect(summaryStatusDefault(automation, 'automation_status')).toBe('unknown');
    expect(summaryStatusDefault(dashboard, 'billing_status')).toBe('unknown');
  });
});

describe('a flat input becomes a request and its response', () => {
  it('ignores keys it does not read, an own __proto__ key too', () => {
    const input = JSON.parse('{"tenant_id":"t","note":"hello","__proto__":{"polluted":true}}');
    const { request, response } = buildCompatPair(automation, input);
    expect(JSON.stringify({ request, response })).not.toMatch(/hello|polluted/);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('keeps the response tied to the request', () => {
    const { request, response } = buildCompatPair(workerHandoff, { tenant_id: 't' });
    expect((response as { correlation_id: string }).correlation_id).toBe(
      (request as { correlation_id: string }).correlation_id,
    );
  });
});

describe('an input made in code, with getters, is read once per field', () => {
  const token = `ghp${'_'}${'aB3x'.repeat(9)}`;

  it('answers a getter that throws with a contract error naming the field, not quoting it', () => {
    const input = { tenant_id: 't' } as Record<string, unknown>;
    Object.defineProperty(input, 'automation_status', {
      enumerable: true,
      get() {
        throw new Error(`lookup failed for ${token}`);
      },
    });
    expect(detailOf(automation, input)).toBe('automation_status cannot be read');
    try {
      buildCompatPair(automation, input);
    } catch (error) {
      expect(String((error as Error).message)).not.toContain(token);
    }
  });

  it('gives the builders the value the guard checked, reading each field once', () => {
    let reads = 0;
    const input = { tenant_id: 't' } as Record<string, unknown>;
    Object.defineProperty(input, 'blockers', {
      enumerable: true,
      get() {
        reads++;
        return reads === 1 ? ['drill pending'] : [token];
      },
    });
    const { response } = buildCompatPair(automation, input);
    expect(reads).toBe(1);
    expect(JSON.stringify(response)).toContain('drill pending');
  });
});

describe('a contract error reads as one line in the reference style', () => {
  it('names the field and no key below it for sensitive material', () => {
    const key = `password_${'k'.repeat(5000)}`;
    const detail = detailOf(automation, { tenant_id: 't', blockers: [{ [key]: 'x' }] });
    expect(detail).toBe(
      'sensitive field is not allowed in public SaaS contract payload: payload.blockers[0]',
    );
  });

  it('keeps its own words for issues the reference does not word', () => {
    expect(detailOf(dashboard, { tenant_id: 't', latest_dashboard_at: 'yesterday' })).toBe(
      'latest_dashboard_at must be an ISO-8601 timestamp such as 2026-11-21T09:30:00Z',
    );
    expect(detailOf(automation, { tenant_id: 't', required_checks: ['x', 'x'] })).toBe(
      'required_checks[0] must be one of: billing_monitoring, license_telemetry_sync, support_followup, customer_success_review, dashboard_refresh, escalation_drill, closeout_retry',
    );
    expect(detailOf(automation, 'text')).toBe('body must be a JSON object');
  });
});

describe('the contract in the reference layout', () => {
  it('lists every registered operation with its schema versions', () => {
    const document = compatContractDocument();
    expect(document.schema_version).toBe('cavra.saas_control_plane.contract.v1');
    expect(document.operations.map((operation) => operation.name)).toEqual(
      REGISTRY.map((entry) => entry.contract.declaration.operation),
    );
    for (const operation of document.operations) {
      expect(operation.request).toMatch(/^cavra\.saas_control_plane\.request\.v\d+$/);
      expect(operation.response).toMatch(/^cavra\.saas_control_plane\.response\.v\d+$/);
    }
    expect(compatContractDocument()).not.toBe(document);
  });
});

const COMPAT_CONTRACTS = REGISTRY.map(compatContractOf);

describe('the compatibility surfaces speak the version the reference speaks', () => {
  it('takes each operation at its first published version, v1, in registry order', () => {
    expect(COMPAT_CONTRACTS.map((contract) => contract.declaration.versions.request)).toEqual(
      REGISTRY.map(() => 'cavra.saas_control_plane.request.v1'),
    );
    expect(COMPAT_CONTRACTS.map((contract) => contract.declaration.operation)).toEqual(
      REGISTRY.map((entry) => entry.contract.declaration.operation),
    );
  });

  it('builds a support handoff pair in v1 though the package root is v2', () => {
    const handoff = COMPAT_CONTRACTS[1];
    expect(REGISTRY[1].contract.declaration.versions.request).toBe(
      'cavra.saas_control_plane.request.v2',
    );
    const { response } = buildCompatPair(handoff as typeof automation, {
      tenant_id: 'tenant-acme',
    });
    const parsed = supportHandoffReadinessV1.parseResponse(response);
    expect(parsed.schema_version).toBe('cavra.saas_control_plane.response.v1');
    expect(parsed.payload.summary).not.toHaveProperty('release_owner_status');
  });
});
