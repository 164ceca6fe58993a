import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { sampleContract } from '../test/sample-contract.js';
import { boundedSafeParse } from './bounded-safe-parse.js';
import { requiredChecksSchema } from './contract/fields.js';
import { ContractError, MAX_COLLECTED_ISSUES, MAX_ISSUES } from './contract-error.js';
import { READINESS } from './vocabulary/vocabularies.js';

const lane = sampleContract('lane_readiness', READINESS);
const LANE_CHECKS = lane.spec.checks;

function failure(run: () => unknown): ContractError {
  try {
    run();
  } catch (caught) {
    if (ContractError.isInstance(caught)) return caught;
    throw caught;
  }
  throw new Error('no error');
}

describe('validation stops collecting issues early, so a hostile list costs little', () => {
  it('collects about MAX_COLLECTED_ISSUES issues of 519,000 bad items, not 519,000', () => {
    const result = boundedSafeParse(requiredChecksSchema(LANE_CHECKS), Array(519_000).fill(0));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.incomplete).toBe(true);
    expect(result.issues.length).toBeGreaterThanOrEqual(MAX_COLLECTED_ISSUES);
    expect(result.issues.length).toBeLessThan(MAX_COLLECTED_ISSUES + 10);
    // Plain valibot builds all of them: what this guards against.
    expect(
      v.safeParse(requiredChecksSchema(LANE_CHECKS), Array(5_000).fill(0)).issues,
    ).toHaveLength(5_000);
  });

  it('stops at a flood of unknown keys too', () => {
    const flood = Object.fromEntries(
      Array.from({ length: 50_000 }, (_, index) => [`k${index}`, 1]),
    );
    const result = boundedSafeParse(lane.spec.payloadSchema, flood);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues.length).toBeLessThan(MAX_COLLECTED_ISSUES + 10);
  });

  it('gives exactly valibot’s output and issues when there are fewer than the limit', () => {
    const input = { required_checks: ['first_check', 7, 'nope'], extra: 1 };
    const ours = boundedSafeParse(lane.spec.payloadSchema, input);
    const theirs = v.safeParse(lane.spec.payloadSchema, input);
    expect(ours.success).toBe(false);
    if (!ours.success) {
      expect(ours.incomplete).toBe(false);
      expect(ours.issues.map((issue) => [issue.message, v.getDotPath(issue)])).toEqual(
        theirs.issues?.map((issue) => [issue.message, v.getDotPath(issue)]),
      );
    }
    const valid = { required_checks: ['second_check'] };
    expect(boundedSafeParse(lane.spec.payloadSchema, valid)).toEqual({
      success: true,
      output: v.parse(lane.spec.payloadSchema, valid),
    });
  });

  it('makes a parser report 100 issues and count at least the rest of a 519,000-item list', () => {
    const request = lane.buildRequest('tenant-a');
    const hostile = { ...request, payload: { required_checks: Array(519_000).fill(0) } };
    const error = failure(() => lane.parseRequest(hostile));
    expect(error.issues).toHaveLength(MAX_ISSUES);
    expect(error.truncated).toBeGreaterThanOrEqual(MAX_COLLECTED_ISSUES - MAX_ISSUES);
    expect(error.message.split('\n').at(-1)).toMatch(
      /^ {2}… at least \d+ more issues not listed \(checking stopped early\)$/,
    );
    expect(error.message.length).toBeLessThan(16 * 1024);
  });
});
