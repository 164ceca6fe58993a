import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  LANE_CHECKS,
  LANE_MODULES,
  LANE_OPERATION,
  LanePayloadSchema,
  LaneSummarySchema,
} from '../test/lane-contract.js';
import { ALNUM, randomText } from '../test/random-text.js';
import { CorrelationIdSchema } from './correlation-id.js';
import { createRequestSchema, createResponseSchema } from './envelope.js';
import { findSensitiveMaterial } from './guard/find-sensitive-material.js';
import { guardedValidator, UNSURE } from './guarded-validator.js';
import { IdentifierSchema } from './identifier.js';
import { findNonObjects } from './object-shapes.js';
import { READINESS_STATUSES } from './statuses.js';
import { BlockersSchema } from './text.js';

// The guarded validator is a fast path: whatever it returns must be exactly what valibot
// returns for a document the full guard and findNonObjects find nothing in. These tests
// hold it to that, and check that it really takes valid documents.

/** Token-shaped strings, built at run time so this file holds no secret-looking literal. */
const githubToken = () => `${'gh'}p_${randomText(ALNUM, 36)}`;
const npmToken = () => `${'np'}m_${randomText(ALNUM, 36)}`;

const CHECKS = LANE_CHECKS;
const MODULES = LANE_MODULES;
/** The lane payload, plus a bare string field (no text pipe) for the validator to follow. */
const PayloadSchema = v.strictObject({
  ...LanePayloadSchema.entries,
  lane_note: v.optional(v.string()),
});
const SummarySchema = LaneSummarySchema;
const RequestSchema = createRequestSchema(LANE_OPERATION, PayloadSchema);
const ResponseSchema = createResponseSchema(LANE_OPERATION, SummarySchema, MODULES);

/** What the full checks make of a document: the output, or that they reject it. */
function fullChecks(schema: v.GenericSchema, input: unknown): { output: unknown } | 'rejected' {
  if (findSensitiveMaterial(input).length > 0) return 'rejected';
  if (findNonObjects(schema, input).length > 0) return 'rejected';
  const result = v.safeParse(schema, input);
  return result.success ? { output: result.output } : 'rejected';
}

/**
 * A value with its keys in order and `undefined` fields kept, so that two outputs compare
 * equal only when they would serialise, and enumerate, the same.
 */
function exactly(value: unknown): unknown {
  if (Array.isArray(value)) return ['array', value.map(exactly)];
  if (typeof value === 'object' && value !== null) {
    return [
      Object.getPrototypeOf(value) === Object.prototype ? 'object' : 'other',
      Object.keys(value).map((key) => [key, exactly((value as Record<string, unknown>)[key])]),
    ];
  }
  return value;
}

/** Expects the validator to agree with the full checks on `input`, and returns its answer. */
function expectAgreement(schema: v.GenericSchema, input: unknown): unknown {
  const validator = guardedValidator(schema);
  expect(validator).toBeDefined();
  const fast = validator?.(input);
  const full = fullChecks(schema, input);
  if (fast === UNSURE) {
    // Valid, clean plain data is never left to the full checks.
    expect(full).toBe('rejected');
  } else {
    expect(full).not.toBe('rejected');
    expect(exactly(fast)).toEqual(exactly((full as { output: unknown }).output));
    if (typeof input === 'object' && input !== null) expect(fast).not.toBe(input);
  }
  return fast;
}

const text = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      'billing lag',
      'token rotation due',
      'eu-west',
      ' padded ',
      'Lane boundary.',
      'line\nbreak',
      '2026-11-21T09:30:00Z',
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      '   ',
      'x'.repeat(600),
      'bell\u0007',
      githubToken(),
      `see ${npmToken()} here`,
    ),
  },
);
const anyValue = fc.oneof(
  text,
  fc.constantFrom(...READINESS_STATUSES, ...CHECKS, ...MODULES, true, false, null, undefined, 0),
  fc.array(fc.oneof(text, fc.constantFrom(...CHECKS)), { maxLength: 4 }),
  fc.constant([]),
  fc.constant(new Map()),
  fc.constant(new Date(0)),
  fc.constant({}),
);
const summaryKeys = Object.keys(SummarySchema.entries);
const validSummary = fc.record(
  {
    tenant_id: fc.constantFrom('tenant-lane', ' tenant-lane ', 'tenant-b'),
    first_status: fc.constantFrom(...READINESS_STATUSES),
    second_status: fc.constantFrom(...READINESS_STATUSES),
    latest_at: fc.constantFrom('2026-11-21T09:30:00Z', '2026-02-30T09:30:00Z', null, undefined),
    lane_scope: fc.constantFrom('eu', 'us-east'),
    blockers: fc.array(fc.constantFrom('billing lag', 'no owner', 'Release notes missing'), {
      maxLength: 3,
    }),
    private_validation_required: fc.constant(true),
    lane_boundary: fc.constantFrom('Lane boundary.', 'Another boundary.'),
  },
  { requiredKeys: ['tenant_id', 'first_status', 'second_status'] },
);
/** Valid summaries, and valid ones with up to two fields replaced or added. */
const summaries = fc.oneof(
  validSummary,
  fc
    .tuple(
      validSummary,
      fc.dictionary(fc.constantFrom(...summaryKeys, 'unknown_field', 'api_key'), anyValue, {
        maxKeys: 2,
      }),
    )
    .map(([valid, wrong]) => ({ ...valid, ...wrong })),
);
const validRequest = fc.record({
  schema_version: fc.constant('cavra.saas_control_plane.request.v1'),
  operation: fc.constant('lane_readiness'),
  tenant_id: fc.constantFrom('tenant-lane', '  tenant-lane'),
  requested_by: fc.constantFrom('community', 'ops-bot', undefined),
  correlation_id: fc.constantFrom('saas-0123456789ab', 'saas-ffffffffffff'),
  private_implementation_required: fc.constant(true),
  payload: fc.record(
    {
      lane_scope: fc.constantFrom('eu', 'us-east'),
      required_checks: fc.subarray([...CHECKS], { minLength: 1 }),
      lane_boundary: fc.constantFrom('Lane boundary.'),
      lane_note: fc.constantFrom('note', undefined),
    },
    { requiredKeys: [] },
  ),
});
const requests = fc.oneof(
  validRequest,
  fc
    .tuple(
      validRequest,
      fc.dictionary(
        fc.constantFrom(...Object.keys(RequestSchema.entries), 'extra'),
        fc.oneof(anyValue, fc.record({ lane_scope: text, required_checks: anyValue })),
        { maxKeys: 2 },
      ),
    )
    .map(([valid, wrong]) => ({ ...valid, ...wrong })),
);

describe('guardedValidator agrees with valibot and the full guard', () => {
  it('on summaries: the same output for valid, clean ones, UNSURE for the others', () => {
    let taken = 0;
    fc.assert(
      fc.property(summaries, (summary) => {
        // Twice: the second run answers from what the nodes remember.
        const first = expectAgreement(SummarySchema, summary);
        const second = expectAgreement(SummarySchema, summary);
        expect(exactly(second)).toEqual(exactly(first));
        if (first !== UNSURE) taken++;
      }),
      { numRuns: 600 },
    );
    expect(taken).toBeGreaterThan(150);
  });

  it('on requests and payloads, defaults and trimmed identifiers included', () => {
    let taken = 0;
    fc.assert(
      fc.property(requests, (request) => {
        if (expectAgreement(RequestSchema, request) !== UNSURE) taken++;
        expectAgreement(PayloadSchema, (request as { payload?: unknown }).payload);
      }),
      { numRuns: 600 },
    );
    expect(taken).toBeGreaterThan(150);
  });

  it('on responses, JSON round trips included', () => {
    fc.assert(
      fc.property(summaries, fc.constantFrom(...MODULES), (summary, module) => {
        const response = {
          schema_version: 'cavra.saas_control_plane.response.v1',
          operation: 'lane_readiness',
          message: 'The public contract checked the shape.',
          correlation_id: 'saas-0123456789ab',
          private_implementation_required: true,
          payload: { summary, private_modules_required: [module], next_step: 'Ask privately.' },
        };
        expectAgreement(ResponseSchema, response);
        expectAgreement(ResponseSchema, JSON.parse(JSON.stringify(response)));
      }),
      { numRuns: 300 },
    );
  });

  it('fills defaults, trims, keeps key order and undefined fields as valibot does', () => {
    const output = expectAgreement(PayloadSchema, { lane_note: undefined });
    expect(exactly(output)).toEqual(
      exactly({
        lane_scope: 'lane-scope',
        required_checks: [...CHECKS],
        lane_boundary: 'Lane boundary.',
        lane_note: undefined,
      }),
    );
    const summary = expectAgreement(SummarySchema, {
      blockers: ['one'],
      second_status: 'blocked',
      first_status: 'ready',
      tenant_id: '  tenant-lane  ',
    });
    expect(Object.keys(summary as object)).toEqual(summaryKeys);
    expect((summary as { tenant_id: string }).tenant_id).toBe('tenant-lane');
  });
});

describe('guardedValidator leaves to the full checks', () => {
  const validSummaryValue = {
    tenant_id: 'tenant-lane',
    first_status: 'ready',
    second_status: 'ready',
  };

  it('a credential at any string position, and a flagged key', () => {
    for (const field of ['tenant_id', 'lane_scope', 'lane_boundary', 'latest_at']) {
      expect(
        guardedValidator(SummarySchema)?.({ ...validSummaryValue, [field]: githubToken() }),
      ).toBe(UNSURE);
    }
    expect(
      guardedValidator(SummarySchema)?.({ ...validSummaryValue, blockers: ['ok', npmToken()] }),
    ).toBe(UNSURE);
    expect(guardedValidator(SummarySchema)?.({ ...validSummaryValue, api_key: 'x' })).toBe(UNSURE);
  });

  it('arrays, dates, maps and tagged objects where an object belongs', () => {
    class Tagged {
      get [Symbol.toStringTag](): string {
        return 'Tagged';
      }
    }
    const tagged = Object.assign(new Tagged(), validSummaryValue);
    for (const payload of [[], new Date(0), new Map(), tagged]) {
      expect(guardedValidator(PayloadSchema)?.(payload)).toBe(UNSURE);
    }
    expect(guardedValidator(SummarySchema)?.(tagged)).toBe(UNSURE);
  });

  it('accepts an object without prototype, and reads inherited fields as valibot does', () => {
    const bare = Object.assign(Object.create(null), validSummaryValue);
    expect(expectAgreement(SummarySchema, bare)).not.toBe(UNSURE);
    const inheriting = Object.create({ tenant_id: 'tenant-lane' });
    Object.assign(inheriting, { first_status: 'ready', second_status: 'blocked' });
    expect(expectAgreement(SummarySchema, inheriting)).not.toBe(UNSURE);
    const extra = Object.assign(Object.create({ unknown_field: 1 }), validSummaryValue);
    expect(expectAgreement(SummarySchema, extra)).toBe(UNSURE);
  });

  it('an own __proto__ key, without touching any prototype', () => {
    const input = JSON.parse(
      '{"tenant_id":"t","first_status":"ready","second_status":"ready","__proto__":{"polluted":true}}',
    );
    expect(expectAgreement(SummarySchema, input)).toBe(UNSURE);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('a getter that throws, and a revoked proxy, without throwing', () => {
    const throwing = {
      ...validSummaryValue,
      get second_status(): string {
        throw new Error('boom');
      },
    };
    expect(guardedValidator(SummarySchema)?.(throwing)).toBe(UNSURE);
    const { proxy, revoke } = Proxy.revocable({ ...validSummaryValue }, {});
    revoke();
    expect(guardedValidator(SummarySchema)?.(proxy)).toBe(UNSURE);
  });

  it('a default that gives nothing, which valibot would ask for again', () => {
    const schema = v.strictObject({ note: v.optional(v.string(), () => undefined as never) });
    expect(guardedValidator(schema)?.({})).toBe(UNSURE);
    expect(guardedValidator(schema)?.({ note: 'x' })).toEqual({ note: 'x' });
  });
});

describe('guardedValidator compiles only what it can follow', () => {
  it('gives no validator for other schema kinds, flagged keys or flagged vocabulary', () => {
    const unsupported: v.GenericSchema[] = [
      v.union([v.string(), v.literal(1)]),
      v.record(v.string(), v.string()),
      v.object({ a: v.string() }),
      v.looseObject({ a: v.string() }),
      v.lazy(() => v.string()),
      v.number(),
      v.strictObject({ a: v.nullish(v.string()) }),
      v.strictObject({ a: v.exactOptional(v.string()) }),
      v.strictObject({ a: v.fallback(v.string(), 'x') }),
      v.strictObject({ api_key: v.string() }),
      v.strictObject({ kind: v.picklist(['plain', npmToken()]) }),
      v.strictObject({ kind: v.literal(githubToken()) }),
      v.strictObject({ a: v.optional(v.string(), (dataset: unknown) => String(dataset)) }),
      v.pipeAsync(
        v.string(),
        v.checkAsync(async () => true),
      ) as unknown as v.GenericSchema,
    ];
    for (const schema of unsupported) expect(guardedValidator(schema)).toBeUndefined();
  });

  it('follows pipes with any synchronous action, running its own code', () => {
    const schema = v.pipe(
      v.string(),
      v.transform((value) => value.toUpperCase()),
      v.email(),
    );
    expect(guardedValidator(schema)?.('ops@example.com')).toBe('OPS@EXAMPLE.COM');
    expect(guardedValidator(schema)?.('not an email')).toBe(UNSURE);
  });

  it('follows the envelope schemas every contract builds', () => {
    for (const schema of [RequestSchema, ResponseSchema, SummarySchema, PayloadSchema]) {
      expect(guardedValidator(schema)).toBeTypeOf('function');
    }
  });
});

describe('what guardedValidator remembers', () => {
  it("runs a contract's own check again every time", () => {
    const revoked = new Set<string>();
    const schema = v.strictObject({
      tenant_id: v.pipe(
        v.string(),
        v.check((value) => !revoked.has(value), 'tenant revoked'),
      ),
    });
    const validator = guardedValidator(schema);
    expect(validator?.({ tenant_id: 'tenant-a' })).toEqual({ tenant_id: 'tenant-a' });
    revoked.add('tenant-a');
    expect(validator?.({ tenant_id: 'tenant-a' })).toBe(UNSURE);
  });

  it('answers a repeated text at once, but never a different one', () => {
    const schema = v.strictObject({ tenant_id: IdentifierSchema, id: CorrelationIdSchema });
    const validator = guardedValidator(schema);
    const valid = { tenant_id: ' tenant-a ', id: 'saas-0123456789ab' };
    expect(validator?.(valid)).toEqual({ tenant_id: 'tenant-a', id: 'saas-0123456789ab' });
    expect(validator?.({ ...valid, tenant_id: ` ${githubToken()} ` })).toBe(UNSURE);
    expect(validator?.({ ...valid, id: 'saas-0123456789AB' })).toBe(UNSURE);
    // The same text built anew is found the same.
    expect(validator?.({ ...valid, tenant_id: [' tenant', 'a '].join('-') })).toEqual({
      tenant_id: 'tenant-a',
      id: 'saas-0123456789ab',
    });
  });

  it('hands out a fresh list every time, whatever a caller does to the last one', () => {
    const validator = guardedValidator(PayloadSchema);
    const first = validator?.({ required_checks: ['first_check', 'third_check'] }) as {
      required_checks: string[];
    };
    first.required_checks.push('tampered');
    const second = validator?.({ required_checks: ['first_check', 'third_check'] }) as {
      required_checks: string[];
    };
    expect(second.required_checks).toEqual(['first_check', 'third_check']);
    expect(second.required_checks).not.toBe(first.required_checks);
    second.required_checks.length = 0;
    const third = validator?.({ required_checks: ['first_check', 'third_check'] }) as {
      required_checks: string[];
    };
    expect(third.required_checks).toEqual(['first_check', 'third_check']);
    expect(validator?.({ required_checks: ['first_check', 'first_check'] })).toBe(UNSURE);
    expect(validator?.({ required_checks: ['first_check', 'fourth_check'] })).toBe(UNSURE);
  });

  it('reads each list item once: a list that changes while read is judged on what was read', () => {
    let reads = 0;
    const list = ['billing lag'];
    Object.defineProperty(list, 0, {
      get: () => (reads++ === 0 ? 'billing lag' : githubToken()),
      enumerable: true,
    });
    const output = guardedValidator(BlockersSchema)?.(list);
    expect(output).toEqual(['billing lag']);
    expect(reads).toBe(1);
  });
});
