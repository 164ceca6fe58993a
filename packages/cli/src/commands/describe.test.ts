import { describe, expect, it } from 'vitest';
import { runBin, runJson } from '../testing/run-bin.js';

const OPERATIONS = [
  'customer_operating_dashboard',
  'support_handoff_readiness',
  'saas_operating_automation',
  'saas_operating_automation_worker_handoff',
];

interface Description {
  contract_version: string;
  operation: string;
  checks: { check: string; summary_field: string | null }[];
}

describe('describe prints the public contract as JSON', () => {
  it('describes every operation, labelled with the contract schema version', () => {
    const all = runJson<{ contract_version: string; operations: Record<string, Description> }>([
      'describe',
    ]);
    expect(all.contract_version).toBe('cavra.saas_control_plane.contract.v1');
    expect(Object.keys(all.operations)).toEqual(OPERATIONS);
    for (const name of OPERATIONS) expect(all.operations[name]?.operation).toBe(name);
  });

  it.each(OPERATIONS)('describes %s alone, equal to its entry in the full description', (name) => {
    const one = runJson<Description>(['describe', name]);
    const all = runJson<{ operations: Record<string, Description> }>(['describe']);
    expect(one).toEqual(all.operations[name]);
    expect(one.checks.length).toBeGreaterThan(0);
  });

  it('lists the checks in contract order with their summary fields, newest version first', () => {
    const handoff = runJson<Description>(['describe', 'support_handoff_readiness']);
    expect(handoff.checks.at(-1)).toEqual({
      check: 'release_owner_acceptance',
      summary_field: 'release_owner_status',
    });
  });

  it('describes the version --version names', () => {
    const v1 = runJson<Description & { contract_version: string }>([
      'describe',
      'support_handoff_readiness',
      '--version',
      'v1',
    ]);
    expect(v1.contract_version).toBe('cavra.saas_control_plane.contract.v1');
    expect(v1.checks.at(-1)).toEqual({ check: 'release_owner_acceptance', summary_field: null });
    const unknown = runBin(['describe', 'support_handoff_readiness', '--version', 'v9']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('versions: v1, v2');
  });

  it('exits 2 for an unknown operation, listing the known ones', () => {
    const result = runBin(['describe', 'billing']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      `unknown operation 'billing'; operations: ${OPERATIONS.join(', ')}`,
    );
    expect(result.stdout).toBe('');
  });
});
