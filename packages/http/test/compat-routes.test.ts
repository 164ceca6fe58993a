import { compatContractOf, compatFields, REGISTRY } from '@cavra/contracts';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/index.js';
import { fakeGithubToken, postJson, type Send } from './api-client.js';

/**
 * The reference implementation's compatibility routes, replayed for every registered
 * operation: flat bodies with extra keys, missing fields, each status, wrong types and
 * sensitive values, with the status codes and `detail` texts the reference answers.
 */
const app = createApp();
const send: Send = async (path, init) => app.request(path, init);

interface Pair {
  readonly request: Record<string, unknown> & { payload: Record<string, unknown> };
  readonly response: Record<string, unknown> & {
    payload: { summary: Record<string, unknown> };
  };
}

async function pairOf(path: string, body: unknown): Promise<Pair> {
  const response = await postJson(send, path, body);
  const text = await response.text();
  expect(response.status, text).toBe(200);
  return JSON.parse(text) as Pair;
}

async function detailOf(path: string, body: unknown): Promise<string> {
  const response = await postJson(send, path, body);
  expect(response.status).toBe(400);
  const answer = (await response.json()) as Record<string, unknown>;
  expect(Object.keys(answer)).toEqual(['detail']);
  const detail = answer['detail'] as string;
  expect(detail).not.toContain('\n');
  return detail;
}

// The routes speak the reference's version of each operation (v1), not the package's newest.
const cases = REGISTRY.map(compatContractOf).map((contract) => {
  const fields = compatFields(contract);
  return {
    operation: contract.spec.operation,
    entry: { contract },
    path: contract.declaration.compatibility.path,
    statusFields: fields.filter((field) => field.target === 'summary' && field.kind === 'status'),
  };
});

describe.each(cases)('POST $path ($operation)', ({ entry, path, statusFields }) => {
  it('reads the fields it knows from a flat body and ignores any other key', async () => {
    const pair = await pairOf(path, { tenant_id: 'tenant-demo', note: 'hello' });
    expect(entry.contract.parseRequest(pair.request)).toEqual(pair.request);
    expect(entry.contract.parseResponse(pair.response)).toEqual(pair.response);
    expect(pair.request['tenant_id']).toBe('tenant-demo');
    expect(pair.request['requested_by']).toBe('community');
    expect(pair.request['schema_version']).toBe('cavra.saas_control_plane.request.v1');
    expect(pair.response['schema_version']).toBe('cavra.saas_control_plane.response.v1');
    expect(pair.response['status']).toBe('requires_private_service');
    expect(pair.response['correlation_id']).toBe(pair.request['correlation_id']);
    expect(JSON.stringify(pair)).not.toContain('hello');
    expect(JSON.stringify(pair)).not.toContain('note');
  });

  it('gives each status field left out its declared default, else unknown', async () => {
    const { summary } = (await pairOf(path, { tenant_id: 'tenant-demo' })).response.payload;
    for (const field of statusFields) expect(summary[field.name], field.name).toBe(field.default);
  });

  it('carries every status of each status field', async () => {
    for (const field of statusFields) {
      for (const status of field.values) {
        const body = { tenant_id: 'tenant-demo', [field.name]: status };
        const { summary } = (await pairOf(path, body)).response.payload;
        expect(summary[field.name], `${field.name}=${status}`).toBe(status);
      }
    }
  });

  it('names the field and its sorted vocabulary for a status outside it, or of another type', async () => {
    for (const field of statusFields) {
      const expected = `${field.name} must be one of: ${[...field.values].sort().join(', ')}`;
      for (const value of ['green', 5, null, ['ready']]) {
        expect(await detailOf(path, { tenant_id: 'tenant-demo', [field.name]: value })).toBe(
          expected,
        );
      }
    }
  });

  it('answers tenant_id must not be empty for {} and a blank tenant', async () => {
    expect(await detailOf(path, {})).toBe('tenant_id must not be empty');
    expect(await detailOf(path, { tenant_id: '   ' })).toBe('tenant_id must not be empty');
    expect(await detailOf(path, { note: 'hello' })).toBe('tenant_id must not be empty');
  });

  it('rejects wrong types with 400 instead of coercing them', async () => {
    const wrong: readonly [Record<string, unknown>, string][] = [
      [{ tenant_id: 42 }, 'tenant_id must be a string'],
      [{ tenant_id: null }, 'tenant_id must be a string'],
      [{ tenant_id: 't', requested_by: 7 }, 'requested_by must be a string'],
      [{ tenant_id: 't', blockers: 'one' }, 'blockers must be an array'],
      [{ tenant_id: 't', blockers: ['one', 2] }, 'blockers[1] must be a string'],
      [{ tenant_id: 't', required_checks: 'x' }, 'required_checks must be an array'],
    ];
    for (const [body, detail] of wrong) expect(await detailOf(path, body)).toBe(detail);
  });

  it('keeps the caller order of required_checks and refuses an empty list', async () => {
    const checks = [...entry.contract.spec.checks].reverse();
    const pair = await pairOf(path, { tenant_id: 't', required_checks: checks });
    expect(pair.request.payload['required_checks']).toEqual(checks);
    expect(await detailOf(path, { tenant_id: 't', required_checks: [] })).toBe(
      `required_checks must include at least one ${entry.contract.spec.title} check`,
    );
  });

  it('refuses sensitive values built at run time without echoing them', async () => {
    const token = fakeGithubToken();
    const stripe = `${'sk'}_${'live'}_${'q'.repeat(24)}`;
    const sensitive: readonly [Record<string, unknown>, string, string][] = [
      [{ tenant_id: 't', blockers: ['fine', token] }, 'value', 'payload.blockers[1]'],
      [{ tenant_id: token }, 'value', 'payload.tenant_id'],
      [{ tenant_id: 't', requested_by: stripe }, 'value', 'payload.requested_by'],
      [{ tenant_id: { password: 'x' } }, 'field', 'payload.tenant_id'],
      [{ tenant_id: 't', blockers: [{ [token]: 'x' }] }, 'field', 'payload.blockers[0]'],
    ];
    for (const [body, kind, where] of sensitive) {
      const response = await postJson(send, path, body);
      expect(response.status).toBe(400);
      const text = await response.text();
      expect(text).not.toContain(token);
      expect(text).not.toContain(stripe);
      expect(JSON.parse(text)).toEqual({
        detail: `sensitive ${kind} is not allowed in public SaaS contract payload: ${where}`,
      });
    }
  });

  it('drops a secret in a key it does not read, never storing or echoing it', async () => {
    const token = fakeGithubToken();
    const response = await postJson(send, path, { tenant_id: 't', [token]: token, note: token });
    expect(response.status).toBe(200);
    expect(await response.text()).not.toContain(token);
  });

  it('keeps the /v1/ routes strict: an unknown key is refused there', async () => {
    const operation = entry.contract.spec.operation;
    const response = await postJson(send, `/v1/operations/${operation}/requests`, {
      tenant_id: 't',
      note: 'hello',
    });
    expect(response.status).toBe(422);
  });
});

describe('the reference texts, word for word', () => {
  it('POST /saas/operating-automation', async () => {
    expect(
      await detailOf('/saas/operating-automation', { tenant_id: 't', automation_status: 'green' }),
    ).toBe(
      'automation_status must be one of: automated, blocked, enabled, ready, scheduled, unknown',
    );
    expect(
      await detailOf('/saas/operating-automation', { tenant_id: 't', required_checks: [] }),
    ).toBe('required_checks must include at least one SaaS operating automation check');
  });

  it('POST /saas/customer-operating-dashboard and /saas/support-handoff-readiness', async () => {
    expect(
      await detailOf('/saas/customer-operating-dashboard', {
        tenant_id: 't',
        billing_status: 'green',
      }),
    ).toBe('billing_status must be one of: blocked, degraded, ready, unknown');
    expect(
      await detailOf('/saas/support-handoff-readiness', { tenant_id: 't', required_checks: [] }),
    ).toBe('required_checks must include at least one support handoff readiness check');
  });

  it('POST /saas/operating-automation/worker-handoff', async () => {
    const path = '/saas/operating-automation/worker-handoff';
    expect(await detailOf(path, { tenant_id: 't', handoff_status: 'done' })).toBe(
      'handoff_status must be one of: blocked, planned, ready, requires_private_service, unknown',
    );
    expect(await detailOf(path, { tenant_id: 't', worker_mode: 'fast' })).toBe(
      'worker_mode must be one of: dry_run, live, shadow, unknown',
    );
    expect(
      await detailOf(path, {
        tenant_id: 't',
        required_checks: ['billing_monitoring'],
        worker_targets: ['closeout_retry'],
      }),
    ).toBe('worker_targets must name only checks that required_checks names');
    expect(await detailOf(path, { tenant_id: 't', scheduler_ref: 'https://scheduler' })).toBe(
      'scheduler_ref must be a label, not a URL',
    );
  });

  it('worker handoff: the reference defaults, and the fields it reads', async () => {
    const pair = await pairOf('/saas/operating-automation/worker-handoff', {
      tenant_id: 'tenant-demo',
      requested_by: 'console',
      worker_mode: 'shadow',
      required_checks: ['billing_monitoring', 'closeout_retry'],
      worker_targets: ['closeout_retry'],
      worker_owner: 'platform-team',
      blockers: ['retry policy not approved'],
    });
    expect(pair.request.payload).toMatchObject({
      deployment_environment: 'production',
      worker_mode: 'shadow',
      required_checks: ['billing_monitoring', 'closeout_retry'],
      worker_targets: ['closeout_retry'],
    });
    expect(pair.response.payload.summary).toMatchObject({
      tenant_id: 'tenant-demo',
      handoff_status: 'requires_private_service',
      deployment_environment: 'production',
      scheduler_ref: 'scheduler-pending',
      evidence_sink_ref: 'evidence-sink-pending',
      retry_policy_ref: 'retry-policy-pending',
      worker_owner: 'platform-team',
      worker_mode: 'shadow',
      worker_targets: ['closeout_retry'],
      blockers: ['retry policy not approved'],
      private_validation_required: true,
    });
  });
});
