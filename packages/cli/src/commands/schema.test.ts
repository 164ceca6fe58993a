import { describe, expect, it } from 'vitest';
import { runBin } from '../testing/run-bin.js';

const OPERATIONS = [
  'customer_operating_dashboard',
  'support_handoff_readiness',
  'saas_operating_automation',
];

describe('schema prints the JSON Schema a contract package ships', () => {
  it.each(OPERATIONS)('prints the request and response schemas of %s', (operation) => {
    for (const [args, version] of [
      [[], 'request'],
      [['--kind', 'request'], 'request'],
      [['--kind=response'], 'response'],
    ] as const) {
      const result = runBin(['schema', operation, ...args]);
      expect(result.status).toBe(0);
      const schema = JSON.parse(result.stdout) as Record<string, unknown>;
      const newest = operation === 'support_handoff_readiness' ? 'v2' : 'v1';
      expect(JSON.stringify(schema)).toContain(`cavra.saas_control_plane.${version}.${newest}`);
      expect(JSON.stringify(schema)).toContain(operation);
    }
  });

  it('prints the file of the version --version names, the newest by default', () => {
    for (const [args, tag] of [
      [[], 'v2'],
      [['--version', 'v2'], 'v2'],
      [['--version', 'v1'], 'v1'],
      [['--version=v1', '--kind', 'response'], 'v1'],
    ] as const) {
      const result = runBin(['schema', 'support_handoff_readiness', ...args]);
      expect(result.status).toBe(0);
      const schema = JSON.parse(result.stdout) as { $id: string; properties: object };
      expect(schema.$id).toMatch(new RegExp(`\\.${tag}$`));
      expect(JSON.stringify(schema.properties).includes('release_owner_status')).toBe(
        tag === 'v2' && args.includes('response' as never),
      );
    }
  });

  it('exits 2 for a version the operation does not publish, listing its versions', () => {
    const handoff = runBin(['schema', 'support_handoff_readiness', '--version', 'v3']);
    expect(handoff.status).toBe(2);
    expect(handoff.stderr).toContain(
      "unknown version 'v3' of support_handoff_readiness; versions: v1, v2",
    );
    const dashboard = runBin(['schema', 'customer_operating_dashboard', '--version', 'v2']);
    expect(dashboard.status).toBe(2);
    expect(dashboard.stderr).toContain('versions: v1');
  });

  it('exits 2 for an unknown kind', () => {
    const result = runBin(['schema', 'saas_operating_automation', '--kind', 'summary']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("unknown kind 'summary'; kinds: request, response");
  });

  it('exits 2 for an unknown operation', () => {
    const result = runBin(['schema', 'dashboard']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("unknown operation 'dashboard'");
  });
});
