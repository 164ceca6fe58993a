import { describe, expect, it } from 'vitest';
import { runBin, runJson, STACK_LINE, tokenShapedValue } from '../testing/run-bin.js';

interface Pair {
  request: { tenant_id: string; correlation_id: string; payload: Record<string, unknown> };
  response: {
    schema_version: string;
    operation: string;
    status: string;
    correlation_id: string;
    payload: { summary: Record<string, unknown> & { blockers: string[] } };
  };
}

/** The summary status options of each operation, as the issue names them. */
const STATUS_OPTIONS: Record<string, string[]> = {
  customer_operating_dashboard: [
    'dashboard-status',
    'billing-status',
    'license-service-status',
    'support-handoff-status',
    'customer-success-status',
    'escalation-status',
    'release-closeout-status',
  ],
  support_handoff_readiness: [
    'support-status',
    'customer-success-status',
    'escalation-status',
    'health-review-status',
    'dashboard-status',
    'release-owner-status',
  ],
  saas_operating_automation: [
    'automation-status',
    'billing-monitoring-status',
    'license-telemetry-status',
    'support-followup-status',
    'customer-success-review-status',
    'dashboard-refresh-status',
    'escalation-drill-status',
    'closeout-retry-status',
  ],
  saas_operating_automation_worker_handoff: ['handoff-status'],
};

/** Status defaults the declarations give (the others default to `unknown`). */
const DECLARED_DEFAULTS: Record<string, string> = {
  saas_operating_automation_worker_handoff: 'requires_private_service',
};

/** Summary fields of the worker handoff that are labels, not statuses. */
const LABEL_OPTIONS = ['scheduler-ref', 'evidence-sink-ref', 'retry-policy-ref', 'worker-owner'];

const fieldOf = (option: string) => option.replaceAll('-', '_');

describe('respond builds a request and its response', () => {
  it.each(Object.entries(STATUS_OPTIONS))(
    'defaults every %s status to its declared default, else unknown',
    (operation, options) => {
      const expected = DECLARED_DEFAULTS[operation] ?? 'unknown';
      const pair = runJson<Pair>(['respond', operation, 'tenant-acme']);
      // The newest version of each operation: support_handoff_readiness publishes v2.
      const newest = operation === 'support_handoff_readiness' ? 'v2' : 'v1';
      expect(pair.response.schema_version).toBe(`cavra.saas_control_plane.response.${newest}`);
      expect(pair.response.operation).toBe(operation);
      expect(pair.response.status).toBe('requires_private_service');
      expect(pair.response.correlation_id).toBe(pair.request.correlation_id);
      expect(pair.response.payload.summary['tenant_id']).toBe('tenant-acme');
      for (const option of options) {
        expect(pair.response.payload.summary[fieldOf(option)]).toBe(expected);
      }
    },
  );

  it.each(Object.entries(STATUS_OPTIONS))(
    'sets each %s status from its kebab-case option',
    (operation, options) => {
      const args = options.flatMap((option) => [`--${option}`, 'blocked']);
      const pair = runJson<Pair>(['respond', operation, 'tenant-acme', ...args]);
      for (const option of options) {
        expect(pair.response.payload.summary[fieldOf(option)]).toBe('blocked');
      }
    },
  );

  it('offers exactly one option per summary field derived from the summary schemas', () => {
    const help = runBin(['respond', '--help']).stdout;
    const offered = [...help.matchAll(/--([a-z-]+)=<value>/g)].map((match) => match[1]);
    const expected = new Set([
      ...Object.values(STATUS_OPTIONS).flat(),
      'latest-dashboard-at',
      ...LABEL_OPTIONS,
    ]);
    expect(new Set(offered)).toEqual(expected);
    expect(offered).toHaveLength(expected.size);
  });

  it('keeps repeated blockers in order', () => {
    const pair = runJson<Pair>([
      'respond',
      'support_handoff_readiness',
      'tenant-acme',
      '--blocker',
      'first blocker',
      '--blocker=second blocker',
    ]);
    expect(pair.response.payload.summary.blockers).toEqual(['first blocker', 'second blocker']);
  });

  it('copies the scope options into the summary', () => {
    const pair = runJson<Pair>([
      'respond',
      'saas_operating_automation',
      'tenant-acme',
      '--automation-cadence',
      'hourly',
    ]);
    expect(pair.request.payload['automation_cadence']).toBe('hourly');
    expect(pair.response.payload.summary['automation_cadence']).toBe('hourly');
  });

  it('takes --latest-dashboard-at for the dashboard, and --response-status', () => {
    const pair = runJson<Pair>([
      'respond',
      'customer_operating_dashboard',
      'tenant-acme',
      '--latest-dashboard-at',
      '2026-11-21T09:30:00Z',
      '--response-status',
      'accepted',
    ]);
    expect(pair.response.payload.summary['latest_dashboard_at']).toBe('2026-11-21T09:30:00Z');
    expect(pair.response.status).toBe('accepted');
  });
});

describe('respond refuses what breaks the contract (exit 1) or the usage (exit 2)', () => {
  it('exits 1 for a status outside the vocabulary, naming the field', () => {
    const result = runBin([
      'respond',
      'support_handoff_readiness',
      'tenant-acme',
      '--escalation-status',
      'scheduled',
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('payload.summary.escalation_status');
    expect(result.stdout).toBe('');
  });

  it('exits 1 for a response status outside the vocabulary', () => {
    const result = runBin([
      'respond',
      'saas_operating_automation',
      'tenant-acme',
      '--response-status',
      'done',
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('status');
  });

  it('exits 1 for a token in a blocker, echoing it nowhere', () => {
    const token = tokenShapedValue();
    const result = runBin([
      'respond',
      'customer_operating_dashboard',
      'tenant-acme',
      '--blocker',
      `rotate ${token} soon`,
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('sensitive value at payload.summary.blockers[0]');
    expect(result.stdout + result.stderr).not.toContain(token);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it('exits 2 for a status option of another operation', () => {
    const result = runBin([
      'respond',
      'customer_operating_dashboard',
      'tenant-acme',
      '--automation-status',
      'ready',
    ]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('option --automation-status does not apply');
  });

  it('exits 2 for --latest-dashboard-at outside the dashboard', () => {
    const result = runBin([
      'respond',
      'support_handoff_readiness',
      'tenant-acme',
      '--latest-dashboard-at',
      '2026-11-21T09:30:00Z',
    ]);
    expect(result.status).toBe(2);
  });
});
