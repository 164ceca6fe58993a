import { describe, expect, it } from 'vitest';
import { runBin, runJson, STACK_LINE, tokenShapedValue } from '../testing/run-bin.js';

interface Request {
  schema_version: string;
  operation: string;
  tenant_id: string;
  requested_by: string;
  correlation_id: string;
  payload: Record<string, unknown> & { required_checks: string[] };
}

interface Description {
  request: { payload_defaults: Record<string, unknown> };
  checks: { check: string }[];
  boundary: string;
}

const SCOPE_OPTIONS: Record<string, string[]> = {
  customer_operating_dashboard: ['dashboard-scope', 'evidence-window'],
  support_handoff_readiness: ['handoff-scope', 'support-tier'],
  saas_operating_automation: ['automation-scope', 'automation-cadence'],
  saas_operating_automation_worker_handoff: ['deployment-environment'],
};

describe('request builds a request of any operation', () => {
  it.each(Object.keys(SCOPE_OPTIONS))('builds a %s request with every default', (operation) => {
    const request = runJson<Request>(['request', operation, 'tenant-acme']);
    const description = runJson<Description>(['describe', operation]);
    const newest = operation === 'support_handoff_readiness' ? 'v2' : 'v1';
    expect(request.schema_version).toBe(`cavra.saas_control_plane.request.${newest}`);
    expect(request.operation).toBe(operation);
    expect(request.tenant_id).toBe('tenant-acme');
    expect(request.requested_by).toBe('community');
    expect(request.correlation_id).toMatch(/^saas-[0-9a-f]{12}$/);
    expect(request.payload).toEqual(description.request.payload_defaults);
  });

  it.each(Object.entries(SCOPE_OPTIONS))(
    'sets each scope field of %s from its kebab-case option',
    (operation, options) => {
      const args = options.flatMap((option) => [`--${option}`, `custom-${option}`]);
      const request = runJson<Request>(['request', operation, 'tenant-acme', ...args]);
      for (const option of options) {
        expect(request.payload[option.replaceAll('-', '_')]).toBe(`custom-${option}`);
      }
    },
  );

  it('offers exactly the scope options derived from the payload schemas', () => {
    const help = runBin(['request', '--help']).stdout;
    const offered = [...help.matchAll(/--([a-z-]+)=<label>/g)].map((match) => match[1]);
    expect(offered).toEqual(Object.values(SCOPE_OPTIONS).flat());
  });

  it('sets the worker mode and repeated worker targets of a worker handoff', () => {
    const request = runJson<Request>([
      'request',
      'saas_operating_automation_worker_handoff',
      'tenant-acme',
      '--worker-mode',
      'shadow',
      '--worker-target',
      'escalation_drill',
      '--worker-target=billing_monitoring',
    ]);
    expect(request.payload['worker_mode']).toBe('shadow');
    expect(request.payload['worker_targets']).toEqual(['escalation_drill', 'billing_monitoring']);
  });

  it('exits 1 for a worker mode outside its values and a target outside the required checks', () => {
    const mode = runBin([
      'request',
      'saas_operating_automation_worker_handoff',
      'tenant-acme',
      '--worker-mode',
      'sideways',
    ]);
    expect(mode.status).toBe(1);
    expect(mode.stderr).toContain('payload.worker_mode');
    const target = runBin([
      'request',
      'saas_operating_automation_worker_handoff',
      'tenant-acme',
      '--required-check',
      'billing_monitoring',
      '--worker-target',
      'escalation_drill',
    ]);
    expect(target.status).toBe(1);
    expect(target.stderr).toContain(
      'worker_targets must name only checks that required_checks names',
    );
  });

  it('exits 2 for --worker-target of another operation', () => {
    const result = runBin(['request', 'saas_operating_automation', 't', '--worker-target', 'x']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'option --worker-target does not apply to saas_operating_automation',
    );
  });

  it('keeps the order of repeated --required-check options', () => {
    const request = runJson<Request>([
      'request',
      'saas_operating_automation',
      'tenant-acme',
      '--required-check',
      'closeout_retry',
      '--required-check=billing_monitoring',
    ]);
    expect(request.payload.required_checks).toEqual(['closeout_retry', 'billing_monitoring']);
  });

  it('takes --requested-by and --correlation-id', () => {
    const request = runJson<Request>([
      'request',
      'customer_operating_dashboard',
      'tenant-acme',
      '--requested-by',
      'ops-bot',
      '--correlation-id',
      'saas-0123456789ab',
    ]);
    expect(request.requested_by).toBe('ops-bot');
    expect(request.correlation_id).toBe('saas-0123456789ab');
  });
});

describe('request refuses what breaks the contract (exit 1) or the usage (exit 2)', () => {
  it('exits 1 for a check of another operation, naming the path', () => {
    const result = runBin([
      'request',
      'customer_operating_dashboard',
      'tenant-acme',
      '--required-check',
      'billing_monitoring',
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('payload.required_checks[0]');
    expect(result.stdout).toBe('');
  });

  it('exits 1 for a tenant holding a token, without echoing it', () => {
    const token = tokenShapedValue();
    const result = runBin(['request', 'support_handoff_readiness', token]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('sensitive value at tenant_id');
    expect(result.stdout + result.stderr).not.toContain(token);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it('exits 2 for a scope option of another operation', () => {
    const result = runBin([
      'request',
      'customer_operating_dashboard',
      'tenant-acme',
      '--support-tier',
      'gold',
    ]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'option --support-tier does not apply to customer_operating_dashboard',
    );
  });

  it('exits 2 for an unknown operation, without echoing a token given as one', () => {
    const token = tokenShapedValue('y');
    const result = runBin(['request', token, 'tenant-acme']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown operation <redacted>');
    expect(result.stdout + result.stderr).not.toContain(token);
  });

  it('exits 2 for an option value that looks like another option', () => {
    const result = runBin([
      'request',
      'saas_operating_automation',
      't',
      '--automation-scope',
      '--x',
    ]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('option --automation-scope needs a value');
  });
});
