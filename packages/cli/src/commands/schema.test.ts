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
      expect(JSON.stringify(schema)).toContain(`cavra.saas_control_plane.${version}.v1`);
      expect(JSON.stringify(schema)).toContain(operation);
    }
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
