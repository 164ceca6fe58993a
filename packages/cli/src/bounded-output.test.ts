import { MAX_ISSUE_BYTES } from '@cavra/contracts-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from './document/read-input.js';
import { runBin, runJson, STACK_LINE } from './testing/run-bin.js';

/** Issue 11: an answer to any input of at most 1 MiB is at most 64 KiB. */
const MAX_OUTPUT_BYTES = 64 * 1024;
const encoder = new TextEncoder();

const request = runJson<Record<string, unknown> & { payload: Record<string, unknown> }>([
  'request',
  'customer_operating_dashboard',
  'tenant-acme',
]);

function outputBytes(result: { stdout: string; stderr: string }): number {
  return encoder.encode(result.stdout).length + encoder.encode(result.stderr).length;
}

/** A request whose required_checks is `list`. */
function withChecks(list: unknown[]): string {
  return JSON.stringify({ ...request, payload: { ...request.payload, required_checks: list } });
}

describe('validate answers any input of at most 1 MiB in at most 64 KiB (problem 1)', () => {
  const zeros = withChecks(Array(519_000).fill(0));

  it('lists the issues of 519,000 bad checks that fit a few KiB and counts the rest, on stderr', () => {
    expect(zeros.length).toBeLessThanOrEqual(MAX_INPUT_BYTES);
    const result = runBin(['validate'], { input: zeros });
    expect(result.status).toBe(1);
    expect(outputBytes(result)).toBeLessThanOrEqual(MAX_ISSUE_BYTES + 1024);
    expect(result.stderr).toMatch(/… at least \d+ more issues not listed/);
    // At most 100 lines, fewer when they fill the byte budget first.
    const listed = result.stderr.split('\n').filter((line) => line.startsWith('  - ')).length;
    expect(listed).toBeGreaterThanOrEqual(10);
    expect(listed).toBeLessThanOrEqual(100);
  });

  it('prints at most 100 issues and a truncated count with --json', () => {
    const result = runBin(['validate', '--json'], { input: zeros });
    expect(result.status).toBe(1);
    expect(outputBytes(result)).toBeLessThanOrEqual(MAX_OUTPUT_BYTES);
    // One line per document, then the summary line.
    const body = JSON.parse(result.stdout.split('\n')[0] ?? '') as {
      issues: unknown[];
      truncated: number;
    };
    expect(body.issues.length).toBeLessThanOrEqual(100);
    expect(body.truncated).toBeGreaterThan(0);
  });

  it('stays bounded for random bad documents up to 1 MiB (fuzz)', () => {
    const item = fc.oneof(
      fc.constant(0),
      fc.string({ maxLength: 2000 }),
      fc.string({ unit: 'binary', maxLength: 100 }),
      fc.dictionary(fc.string({ maxLength: 300 }), fc.nat(), { maxKeys: 10 }),
    );
    fc.assert(
      fc.property(
        fc.array(item, { minLength: 1, maxLength: 40 }),
        fc.boolean(),
        fc.boolean(),
        (pattern, asPair, json) => {
          const list: unknown[] = [];
          let size = 0;
          for (let index = 0; size < MAX_INPUT_BYTES - 8192; index++) {
            const next = pattern[index % pattern.length];
            size += encoder.encode(JSON.stringify(next)).length + 1;
            list.push(next);
          }
          list.pop();
          const document = withChecks(list);
          const input = asPair ? `{"request": ${document}, "response": ${document}}` : document;
          const result = runBin(json ? ['validate', '--json'] : ['validate'], { input });
          expect([1, 2]).toContain(result.status);
          expect(result.stderr).not.toMatch(STACK_LINE);
          expect(outputBytes(result)).toBeLessThanOrEqual(MAX_OUTPUT_BYTES);
        },
      ),
      { numRuns: 6, endOnFailure: true },
    );
  }, 300_000);
});

describe('validate refuses nesting deeper than 32 levels, at any depth (problem 3, fuzz)', () => {
  it('reads up to 32 levels and refuses more, naming the depth, never crashing', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.boolean(), (depth, objects) => {
        const open = objects ? '{"a":' : '[';
        const close = objects ? '}' : ']';
        const text = `${open.repeat(depth)}1${close.repeat(depth)}`;
        const result = runBin(['validate'], { input: text });
        expect(result.stderr).not.toMatch(STACK_LINE);
        if (depth > 32) {
          expect(result.status).toBe(2);
          expect(result.stderr).toContain('nest deeper than 32 levels');
        } else {
          expect(result.status).toBe(1);
          expect(result.stderr).not.toContain('deeper');
        }
      }),
      { numRuns: 8 },
    );
  }, 300_000);
});
