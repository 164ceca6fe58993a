import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { boundedSafeParse } from './bounded-safe-parse.js';
import { requiredChecksSchema } from './contract/fields.js';
import { MAX_COLLECTED_ISSUES } from './contract-error.js';

const LANE_CHECKS = ['first_check', 'second_check'];
/** A strict payload of one check list, as a contract declares it. */
const payloadSchema = v.strictObject({
  sample_scope: v.optional(v.string(), 'sample-scope'),
  required_checks: requiredChecksSchema(LANE_CHECKS),
});

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
    const result = boundedSafeParse(payloadSchema, flood);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues.length).toBeLessThan(MAX_COLLECTED_ISSUES + 10);
  });

  it('gives exactly valibot’s output and issues when there are fewer than the limit', () => {
    const input = { required_checks: ['first_check', 7, 'nope'], extra: 1 };
    const ours = boundedSafeParse(payloadSchema, input);
    const theirs = v.safeParse(payloadSchema, input);
    expect(ours.success).toBe(false);
    if (!ours.success) {
      expect(ours.incomplete).toBe(false);
      expect(ours.issues.map((issue) => [issue.message, v.getDotPath(issue)])).toEqual(
        theirs.issues?.map((issue) => [issue.message, v.getDotPath(issue)]),
      );
    }
    const valid = { required_checks: ['second_check'] };
    expect(boundedSafeParse(payloadSchema, valid)).toEqual({
      success: true,
      output: v.parse(payloadSchema, valid),
    });
  });
});
