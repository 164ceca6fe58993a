import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { LANE_MODULES, LaneSummarySchema, laneSpec } from '../test/lane-contract.js';
import { defineContract } from './define-contract.js';
import { createResponseSchema } from './envelope.js';
import { READINESS_STATUSES, RESPONSE_STATUSES } from './statuses.js';

// buildResponse validates only the summary once a full validation of a status's response
// has passed. These tests compare it with a contract that has never built a response.

const spec = laneSpec;
const MODULES = LANE_MODULES;
const SummarySchema = LaneSummarySchema;

/** What a call did: its output, or its error's message and issues. */
function outcomeOf(run: () => unknown): unknown {
  try {
    return { output: run() };
  } catch (caught) {
    const error = caught as { name?: unknown; message?: unknown; issues?: unknown };
    return { name: error.name, message: error.message, issues: error.issues };
  }
}

const token = `${'gh'}p_${'Lm4'.repeat(12)}`;
const anyValue = fc.oneof(
  fc.constantFrom(...READINESS_STATUSES),
  fc.constantFrom('', ' ', 'bogus', token, `see ${token}`, 'x'.repeat(600)),
  fc.integer(),
  fc.constant(null),
  fc.array(fc.constantFrom('ok', '', token, 'line\nbreak'), { maxLength: 3 }),
  fc.constant([]),
  fc.constant(new Map()),
);
const noise = fc.dictionary(
  fc.constantFrom(
    'first_status',
    'second_status',
    'lane_scope',
    'blockers',
    'tenant_id',
    'lane_boundary',
    'private_validation_required',
    'unknown_field',
    'apiKey',
    token,
  ),
  anyValue,
  { maxKeys: 2 },
);
const validSummaries = fc.record(
  {
    first_status: fc.constantFrom(...READINESS_STATUSES),
    second_status: fc.constantFrom(...READINESS_STATUSES),
    lane_scope: fc.constantFrom('eu', 'us-east'),
    blockers: fc.array(fc.constantFrom('billing lag', 'no owner'), { maxLength: 3 }),
    tenant_id: fc.constantFrom('tenant-lane', ' tenant-lane '),
    private_validation_required: fc.constant(true),
  },
  { requiredKeys: ['first_status', 'second_status'] },
);
/** Valid summaries half of the time, valid ones with one or two wrong fields otherwise. */
const summaries = fc.oneof(
  validSummaries,
  fc.tuple(validSummaries, noise).map(([valid, wrong]) => ({ ...valid, ...wrong })),
);

describe('buildResponse after its first full validation of a status', () => {
  const warm = defineContract(spec);
  const request = warm.buildRequest('tenant-lane', { lane_scope: 'eu' });
  for (const status of RESPONSE_STATUSES) {
    warm.buildResponse(request, { first_status: 'ready', second_status: 'ready' }, { status });
  }

  it('builds the same responses and the same errors as a contract that never built one', () => {
    let successes = 0;
    fc.assert(
      fc.property(
        summaries,
        fc.constantFrom(...RESPONSE_STATUSES, undefined),
        (summary, status) => {
          const cold = defineContract(spec);
          const options = status === undefined ? {} : { status };
          const expected = outcomeOf(() => cold.buildResponse(request, summary, options));
          const actual = outcomeOf(() => warm.buildResponse(request, summary, options));
          expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
          if ('output' in (expected as object)) successes++;
        },
      ),
      { numRuns: 500 },
    );
    expect(successes).toBeGreaterThan(100);
  });

  it('still validates everything for a status outside the vocabulary', () => {
    const outcome = outcomeOf(() =>
      warm.buildResponse(
        request,
        { first_status: 'ready', second_status: 'ready' },
        {
          status: 'toString' as never,
        },
      ),
    );
    expect(JSON.stringify(outcome)).toContain('"path":"status"');
  });

  it('keeps validating fully when the response schema is not the plain envelope', () => {
    const piped = defineContract({
      ...spec,
      responseSchema: v.pipe(
        createResponseSchema('lane_readiness', SummarySchema, MODULES),
        v.check(
          (response) => response.payload.summary.blockers.length === 0,
          'no blockers allowed',
        ),
      ),
    });
    const pipedRequest = piped.buildRequest('tenant-lane');
    for (let round = 0; round < 3; round++) {
      piped.buildResponse(pipedRequest, { first_status: 'ready', second_status: 'ready' });
    }
    const outcome = outcomeOf(() =>
      piped.buildResponse(pipedRequest, {
        first_status: 'ready',
        second_status: 'ready',
        blockers: ['one'],
      }),
    );
    expect(JSON.stringify(outcome)).toContain('no blockers allowed');
  });
});
