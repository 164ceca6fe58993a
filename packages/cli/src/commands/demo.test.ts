import { describe, expect, it } from 'vitest';
import { CONTRACTS } from '../operations/registry.js';
import { ESCAPE_CODE, runBin } from '../testing/run-bin.js';

describe('demo walks the synthetic examples and shows the guard', () => {
  const result = runBin(['demo']);

  it('exits 0 and says it completed', () => {
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(
      `demo complete: ${CONTRACTS.length} contracts built, validated and reported`,
    );
  });

  it('builds, validates and reports one tenant per contract', () => {
    for (const operation of [
      'customer_operating_dashboard',
      'support_handoff_readiness',
      'saas_operating_automation',
    ]) {
      expect(result.stdout).toContain(`$ cavra-contracts respond ${operation} `);
      expect(result.stdout).toContain(`checked valid ${operation} request and response`);
      expect(result.stdout).toContain(`${operation} for tenant tenant-demo-`);
    }
  });

  it('includes a degraded and a blocked case', () => {
    expect(result.stdout).toMatch(/overall +degraded +not ready/);
    expect(result.stdout).toMatch(/overall +blocked +not ready/);
  });

  it('shows the guard rejecting a token-shaped value without echoing it', () => {
    expect(result.stdout).toContain('sensitive value at payload.summary.blockers[0]');
    expect(result.stdout).toContain('sensitive value at requested_by');
    expect(result.stdout).not.toMatch(/gh[pousr]_[A-Za-z0-9]{36}/);
  });

  it('writes no escape codes when stdout is not a terminal', () => {
    expect(result.stdout).not.toMatch(ESCAPE_CODE);
  });
});
