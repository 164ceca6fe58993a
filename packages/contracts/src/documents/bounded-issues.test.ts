import { sampleContract } from '@cavra/contract-testkit';
import {
  ContractError,
  MAX_COLLECTED_ISSUES,
  MAX_ISSUE_BYTES,
  MAX_ISSUES,
  READINESS,
} from '@cavra/contracts-core';
import { describe, expect, it } from 'vitest';

/** The ContractError `run` throws. */
function failure(run: () => unknown): ContractError {
  try {
    run();
  } catch (caught) {
    if (ContractError.isInstance(caught)) return caught;
    throw caught;
  }
  throw new Error('no error');
}

describe('a parser bounds the issues of a hostile list', () => {
  const contract = sampleContract('lane_readiness', READINESS);
  it('reports the issues that fit a few KiB and counts at least the rest of a 519,000-item list', () => {
    const request = contract.buildRequest('tenant-a');
    const hostile = { ...request, payload: { required_checks: Array(519_000).fill(0) } };
    const error = failure(() => contract.parseRequest(hostile));
    expect(error.issues.length).toBeGreaterThan(10);
    expect(error.issues.length).toBeLessThanOrEqual(MAX_ISSUES);
    expect(error.issues[0]?.path).toBe('payload.required_checks[0]');
    expect(error.truncated).toBeGreaterThanOrEqual(MAX_COLLECTED_ISSUES - error.issues.length);
    expect(error.message.split('\n').at(-1)).toMatch(
      /^ {2}… at least \d+ more issues not listed \(checking stopped early\)$/,
    );
    expect(error.message.length).toBeLessThan(MAX_ISSUE_BYTES + 1024);
  });
});
