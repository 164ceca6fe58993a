import { readFileSync } from 'node:fs';
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
  reason: string;
  claims: { field: string; status: string; note: string }[];
  checks: {
    check: string;
    field: string | null;
    status: string | null;
    requested: boolean | null;
    note: string | null;
  }[];
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
  it('prints the text view of a pair: one overall status with its reason', () => {
    const result = runBin(['report', pairFile]);
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('support_handoff_readiness for tenant tenant-harbor');
    expect(result.stdout).toMatch(
      /overall +blocked +not ready: escalation_routing is blocked; 1 more check needs attention; 1 blocker/,
    );
    expect(result.stdout.match(/overall/g)).toHaveLength(1);
    expect(result.stdout).toMatch(/escalation_routing +escalation_status +blocked/);
    expect(result.stdout).toMatch(
      /customer_health_review +health_review_status +degraded +\(not requested by the request\)/,
    );
    expect(result.stdout).toMatch(
      /release_owner_acceptance +release_owner_status +ready +\(not requested by the request\)/,
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
      /release_owner_acceptance +\(none\) +not reported +\(no status: response schema v1 has no summary field for this check, so only the private service can report it\)/,
    );
    expect(result.stdout).toMatch(/escalation_routing +escalation_status +blocked/);
  });

  it('says what the response status means', () => {
    const result = runBin(['report', responseFile]);
    expect(result.stdout).toContain(
      'requires_private_service: only the shape was checked: the public contract cannot evaluate readiness, the private CAVRA service must',
    );
    expect(result.stdout).toMatch(
      /^response statuses: accepted = .*; unavailable = .*; requires_private_service = /m,
    );
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
    expect(report.reason).toBe(
      'escalation_routing is blocked; 1 more check needs attention; 1 blocker',
    );
    expect(report.blockers).toEqual(['no escalation owner on call']);
    const requested = report.checks.filter((entry) => entry.requested).map((entry) => entry.check);
    expect(requested).toEqual(['escalation_routing', 'handoff_dashboard']);
  });

  it('renders Markdown with a table and the blockers', () => {
    const result = runBin(['report', '--format=markdown', pairFile]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^## support_handoff_readiness: blocked\n/);
    expect(result.stdout).toContain('| `escalation_routing` | `escalation_status` | blocked |');
    expect(result.stdout).toContain('### Blockers\n\n- no escalation owner on call');
  });

  it("shows the automation's automation_status as the service's own claim beside the rollup", () => {
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
    expect(report.claims).toEqual([
      {
        field: 'automation_status',
        status: 'automated',
        tone: 'ok',
        note: 'the service states its own overall status; the statuses roll up to scheduled',
      },
    ]);
    expect(report.checks.map((entry) => entry.check)).not.toContain('automation_status');
    const text = runBin(['report'], { input: JSON.stringify(automation) }).stdout;
    expect(text.match(/^ +overall /gm)).toHaveLength(1);
    expect(text).toMatch(/^ +claim +automation_status automated/m);
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
    const result = runBin(['report', '--format', 'pdf', pairFile]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("unknown format 'pdf'; formats: text, markdown, json, html");
  });

  it('lists the issues of a document it leaves out with invisible characters escaped', () => {
    const document = { ...blocked.response, 'x\u202ey': 1 };
    const result = runBin(['report', files.write('bidi-key.json', JSON.stringify(document))]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('["x\\u202ey"]: ["x\\u202ey"] is not a known field');
    expect(result.stderr).not.toContain('\u202e');
  });

  it('exits 2 for a missing file, saying it cannot be read (not that it is invalid)', () => {
    const missing = `${files.dir}/nothing.json`;
    const result = runBin(['report', missing, pairFile]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      `cavra-contracts: cannot read '${missing}': no such file\n` +
        'cavra-contracts: 1 input could not be read (listed above)\n',
    );
    expect(result.stdout).toContain('tenant-harbor');
  });
});

describe('report reads many documents and writes one HTML page', () => {
  const ndjson = files.write(
    'fleet.ndjson',
    `${JSON.stringify(blocked)}\n\n${JSON.stringify(blocked.response)}\n`,
  );

  it('renders every tenant of files, folders and NDJSON', () => {
    const result = runBin(['report', ndjson, pairFile, '--format', 'json']);
    expect(result.status).toBe(0);
    const reports = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Report & { source: string });
    // Sources are quoted file names (cut short when long), with the line of an NDJSON document.
    expect(reports.map((report) => report.source.match(/(:\d+)?$/)?.[0])).toEqual([':1', ':3', '']);
    expect(reports.map((report) => report.tenant_id)).toEqual([
      'tenant-harbor',
      'tenant-harbor',
      'tenant-harbor',
    ]);
  });

  it('writes a self-contained page with -o', () => {
    const output = `${files.dir}/readiness.html`;
    const result = runBin(['report', ndjson, '--format', 'html', '-o', output]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^wrote '.*' \(\d+ KiB\): 2 tenants, 0 left out\n$/);
    const html = readFileSync(output, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<table class="fleet">');
    expect(html).not.toContain('<script');
  });

  it('lists a document it cannot use and exits 1', () => {
    const broken = structuredClone(blocked.response);
    broken.payload.summary['support_status'] = 'green';
    const input = files.write(
      'mixed.ndjson',
      `${JSON.stringify(blocked.response)}\n${JSON.stringify(broken)}\n`,
    );
    const result = runBin(['report', input, '--format', 'html']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Documents left out');
    expect(result.stdout).toContain('payload.summary.support_status');
  });
});
