import { afterAll, describe, expect, it } from 'vitest';
import { runBin, runJson, tempFiles } from '../testing/run-bin.js';

interface Pair {
  request: Record<string, unknown>;
  response: Record<string, unknown> & { payload: { summary: Record<string, unknown> } };
}

interface Report {
  operation: string;
  tenant_id: string;
  status: string;
  ready: boolean;
  statuses: {
    check: string | null;
    field: string | null;
    status: string | null;
    requested: boolean | null;
  }[];
  attention: string[];
  blockers: string[];
}

const files = tempFiles();
afterAll(() => files.remove());

const blocked = runJson<Pair>([
  'respond',
  'support_handoff_readiness',
  'tenant-harbor',
  '--required-check',
  'escalation_routing',
  '--required-check',
  'handoff_dashboard',
  '--support-status=ready',
  '--customer-success-status=ready',
  '--escalation-status=blocked',
  '--health-review-status=degraded',
  '--dashboard-status=ready',
  '--release-owner-status=ready',
  '--blocker',
  'no escalation owner on call',
]);
const pairFile = files.write('pair.json', JSON.stringify(blocked));
const responseFile = files.write('response.json', JSON.stringify(blocked.response));

describe('report shows checks, statuses, rollup and blockers', () => {
  it('prints the text view of a pair', () => {
    const result = runBin(['report', pairFile]);
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('support_handoff_readiness for tenant tenant-harbor');
    expect(result.stdout).toMatch(
      /overall +blocked +not ready: 2 checks need attention, 1 blocker/,
    );
    expect(result.stdout).toMatch(/escalation_routing +escalation_status +blocked/);
    expect(result.stdout).toMatch(
      /customer_health_review +health_review_status +degraded +\(not requested\)/,
    );
    expect(result.stdout).toMatch(
      /release_owner_acceptance +release_owner_status +ready +\(not requested\)/,
    );
    expect(result.stdout).toContain('    - no escalation owner on call');
    expect(result.stderr).toBe('');
  });

  it('reports a v1 pair with the v1 contract: no field for release_owner_acceptance', () => {
    const { release_owner_status: _, ...v1Summary } = blocked.response.payload.summary;
    const v1Pair = {
      request: { ...blocked.request, schema_version: 'cavra.saas_control_plane.request.v1' },
      response: {
        ...blocked.response,
        schema_version: 'cavra.saas_control_plane.response.v1',
        payload: { ...blocked.response.payload, summary: v1Summary },
      },
    };
    const result = runBin(['report', files.write('pair.v1.json', JSON.stringify(v1Pair))]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /release_owner_acceptance +\(no v1 field\) +- +\(not requested\)/,
    );
    expect(result.stdout).toMatch(/escalation_routing +escalation_status +blocked/);
  });

  it('reads a response alone, without requested marks', () => {
    const result = runBin(['report', responseFile]);
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain('(not requested)');
  });

  it('gives the rollup as JSON', () => {
    const report = runJson<Report>(['report', '--format', 'json', pairFile]);
    expect(report.operation).toBe('support_handoff_readiness');
    expect(report.status).toBe('blocked');
    expect(report.ready).toBe(false);
    expect(report.attention).toEqual(['escalation_routing', 'customer_health_review']);
    expect(report.blockers).toEqual(['no escalation owner on call']);
    const requested = report.statuses
      .filter((entry) => entry.requested)
      .map((entry) => entry.check);
    expect(requested).toEqual(['escalation_routing', 'handoff_dashboard']);
  });

  it('renders Markdown with a table and the blockers', () => {
    const result = runBin(['report', '--format=markdown', pairFile]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^## support_handoff_readiness: blocked\n/);
    expect(result.stdout).toContain('| `escalation_routing` | `escalation_status` | blocked |');
    expect(result.stdout).toContain('### Blockers\n\n- no escalation owner on call');
  });

  it('rolls automation up with its overall automation_status and reads stdin', () => {
    const automation = runJson<Pair>([
      'respond',
      'saas_operating_automation',
      'tenant-lumen',
      '--automation-status=automated',
      '--billing-monitoring-status=scheduled',
      '--license-telemetry-status=enabled',
      '--support-followup-status=ready',
      '--customer-success-review-status=ready',
      '--dashboard-refresh-status=automated',
      '--escalation-drill-status=ready',
      '--closeout-retry-status=ready',
    ]);
    const result = runBin(['report', '--format', 'json'], { input: JSON.stringify(automation) });
    const report = JSON.parse(result.stdout) as Report;
    expect(report.status).toBe('scheduled');
    expect(report.ready).toBe(true);
    expect(report.statuses[0]).toMatchObject({ check: null, field: 'automation_status' });
  });
});

describe('report refuses what it cannot show', () => {
  it('exits 1 with every issue for an invalid response', () => {
    const broken = structuredClone(blocked);
    broken.response.payload.summary['support_status'] = 'green';
    const result = runBin(['report'], { input: JSON.stringify(broken) });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('response.payload.summary.support_status');
    expect(result.stdout).toBe('');
  });

  it('exits 2 for a request alone', () => {
    const result = runBin(['report'], { input: JSON.stringify(blocked.request) });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('report needs a response');
  });

  it('exits 2 for an unknown format', () => {
    const result = runBin(['report', '--format', 'html', pairFile]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("unknown format 'html'; formats: text, markdown, json");
  });

  it('exits 2 for a missing file', () => {
    const result = runBin(['report', `${files.dir}/nothing.json`]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no such file');
  });
});
