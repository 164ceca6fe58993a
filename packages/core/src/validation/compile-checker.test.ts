import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { defineContract } from '../contract/define-contract.js';
import { CORRELATION_ID_PATTERN } from '../correlation-id.js';
import { findSensitiveMaterial } from '../guard/find-sensitive-material.js';
import { V1 } from '../v1/versions.js';
import { V2 } from '../v2/versions.js';
import { RESPONSE_STATUSES } from '../vocabulary/statuses.js';
import { AUTOMATION, READINESS } from '../vocabulary/vocabularies.js';
import { type Checker, compileChecker, NOT_PROVEN } from './compile-checker.js';

// A contract for these tests alone, with every field kind and a `within` rule.
const probe = defineContract({
  packageName: '@cavra/probe',
  versions: V1,
  operation: 'probe_fast_path',
  title: 'probe fast path',
  checks: { alpha_check: 'alpha_status', beta_check: 'beta_status' },
  vocabulary: READINESS,
  privateModules: ['alpha module'],
  boundary: 'Probe boundary.',
  payload: {
    probe_scope: { kind: 'label', default: 'probe-scope' },
    probe_mode: { kind: 'status', values: ['dry_run', 'live'], default: 'dry_run' },
    required_checks: { kind: 'list', of: 'checks' },
    probe_targets: { kind: 'list', of: 'checks', within: 'required_checks' },
    probe_boundary: { kind: 'boundary' },
  },
  summary: {
    probe_ref: { kind: 'identifier', default: 'ref-pending' },
    seen_at: { kind: 'timestamp' },
    required_checks: 'request',
    probe_targets: 'request',
    blockers: { kind: 'list', of: 'lines' },
    private_validation_required: { kind: 'flag' },
  },
  compatibility: { path: '/probe' },
});

const checkerOf = (schema: v.GenericSchema, ownTexts?: string[]): Checker => {
  const checker = compileChecker(schema, ownTexts);
  if (checker === undefined) throw new Error('the probe schema did not compile');
  return checker;
};
const checkRequest = checkerOf(probe.spec.requestSchema);
const checkSummary = checkerOf(probe.summarySchema);

const REQUEST = {
  schema_version: V1.request,
  operation: 'probe_fast_path',
  tenant_id: '  tenant-acme ',
  correlation_id: 'saas-0123456789ab',
  private_implementation_required: true,
  payload: {
    required_checks: ['beta_check'],
    probe_targets: ['beta_check'],
    probe_scope: 'nightly',
  },
};

const SUMMARY = {
  tenant_id: 'tenant-acme',
  alpha_status: 'ready',
  beta_status: 'blocked',
  seen_at: '2026-11-21T09:30:00Z',
  blockers: ['Ticket 4 waits for an owner'],
};

/** A copy of `document` with `value` at `path` (an `undefined` value drops the key). */
function withValue(document: object, path: readonly string[], value: unknown): unknown {
  const [key, ...rest] = path as [string, ...string[]];
  const copy: Record<string, unknown> = { ...document };
  const next = rest.length === 0 ? value : withValue(copy[key] as object, rest, value);
  if (next === undefined) delete copy[key];
  else copy[key] = next;
  return copy;
}

const token = () => `ghp${'_'}${'a1B2c3D4'.repeat(5).slice(0, 36)}`;

function throwingGetter(): object {
  const document = { ...REQUEST };
  Object.defineProperty(document, 'tenant_id', {
    enumerable: true,
    get() {
      throw new Error('getter failure');
    },
  });
  return document;
}

describe('compileChecker', () => {
  it("returns valibot's output for a valid request: defaults filled, trimmed, keys in schema order", () => {
    const output = checkRequest(REQUEST);
    const expected = v.parse(probe.requestSchema, REQUEST);
    expect(output).toStrictEqual(expected);
    expect(JSON.stringify(output)).toBe(JSON.stringify(expected));
    expect(Object.keys(output as object)).toEqual([
      'schema_version',
      'operation',
      'tenant_id',
      'requested_by',
      'correlation_id',
      'private_implementation_required',
      'payload',
    ]);
    expect(output).toMatchObject({
      tenant_id: 'tenant-acme',
      requested_by: 'community',
      payload: {
        probe_scope: 'nightly',
        probe_mode: 'dry_run',
        required_checks: ['beta_check'],
        probe_targets: ['beta_check'],
        probe_boundary: 'Probe boundary.',
      },
    });
  });

  it('returns fresh objects and arrays, never the input', () => {
    const output = checkRequest(REQUEST) as typeof REQUEST;
    expect(output.payload).not.toBe(REQUEST.payload);
    expect(output.payload.required_checks).not.toBe(REQUEST.payload.required_checks);
  });

  it("returns valibot's output for a summary, with the within rule and a timestamp", () => {
    const summary = { ...SUMMARY, required_checks: ['beta_check'], probe_targets: ['beta_check'] };
    const output = checkSummary(summary);
    expect(output).toStrictEqual(v.parse(probe.summarySchema, summary));
    expect(output).toMatchObject({ probe_ref: 'ref-pending', seen_at: '2026-11-21T09:30:00Z' });
    expect(checkSummary({ ...SUMMARY, seen_at: null })).toMatchObject({ seen_at: null });
  });

  it('checks a constant default once, when compiled: a broken one is never proven', () => {
    const defaults = (fallback: string) =>
      checkerOf(
        v.strictObject({ note: v.optional(v.pipe(v.string(), v.maxLength(20)), fallback) }),
      );
    expect(defaults('fine')({})).toEqual({ note: 'fine' });
    expect(defaults('fine')({ note: 'fine' })).toEqual({ note: 'fine' });
    expect(defaults('x'.repeat(21))({})).toBe(NOT_PROVEN);
    expect(defaults(token())({})).toBe(NOT_PROVEN);
    expect(defaults(token())({ note: 'fine' })).toEqual({ note: 'fine' });
  });

  it('reads each property once, so the output holds what was checked', () => {
    let reads = 0;
    const document = { ...REQUEST };
    Object.defineProperty(document, 'tenant_id', {
      enumerable: true,
      get() {
        reads += 1;
        return reads === 1 ? 'tenant-first' : token();
      },
    });
    expect(checkRequest(document)).toMatchObject({ tenant_id: 'tenant-first' });
    expect(reads).toBe(1);
  });

  it('checks a non-enumerable schema key by its value, as valibot reads it', () => {
    const hidden = (value: string) =>
      Object.defineProperty({ ...REQUEST }, 'tenant_id', { value, enumerable: false });
    expect(checkRequest(hidden(' tenant-b '))).toStrictEqual(
      v.parse(probe.spec.requestSchema, hidden(' tenant-b ')),
    );
    expect(checkRequest(hidden(token()))).toBe(NOT_PROVEN);
  });

  it('leaves every document to valibot while Object.prototype has an enumerable key', () => {
    Object.defineProperty(Object.prototype, 'polluted', {
      value: token(),
      enumerable: true,
      writable: true,
      configurable: true,
    });
    try {
      expect(checkRequest(REQUEST)).toBe(NOT_PROVEN);
    } finally {
      delete (Object.prototype as Record<string, unknown>)['polluted'];
    }
    expect(checkRequest(REQUEST)).not.toBe(NOT_PROVEN);
  });

  const refusedRequests: Record<string, unknown> = {
    'an array as the document': [REQUEST],
    'an array as the payload': withValue(REQUEST, ['payload'], []),
    'an object with a null prototype': Object.assign(Object.create(null), REQUEST),
    'an object that inherits its keys': Object.create(REQUEST),
    'a class instance': Object.assign(new (class Probe {})(), REQUEST),
    'an object with a Symbol.toStringTag': { ...REQUEST, [Symbol.toStringTag]: 'Probe' },
    'a Map': new Map(Object.entries(REQUEST)),
    'an unknown key': { ...REQUEST, extra: 1 },
    'a non-enumerable unknown key': Object.defineProperty({ ...REQUEST }, 'extra', { value: 1 }),
    'an own __proto__ key': JSON.parse(`{"__proto__":{},${JSON.stringify(REQUEST).slice(1)}`),
    'a constructor key': { ...REQUEST, constructor: {} },
    'a missing required key': withValue(REQUEST, ['correlation_id'], undefined),
    'a wrong type': withValue(REQUEST, ['tenant_id'], 42),
    'a boxed string': withValue(REQUEST, ['tenant_id'], new String('tenant-acme')),
    'another literal': withValue(REQUEST, ['operation'], 'probe_other'),
    'a word outside the vocabulary': withValue(REQUEST, ['payload', 'probe_mode'], 'shadow'),
    'a token-shaped identifier': withValue(REQUEST, ['tenant_id'], token()),
    'a token-shaped label': withValue(REQUEST, ['payload', 'probe_scope'], `scope ${token()}`),
    'a token-shaped text': withValue(REQUEST, ['payload', 'probe_boundary'], `see ${token()}`),
    'an identifier too long after trimming': withValue(REQUEST, ['tenant_id'], 't'.repeat(129)),
    'an identifier that is only spaces': withValue(REQUEST, ['tenant_id'], '   '),
    'an invisible character': withValue(REQUEST, ['tenant_id'], 'tenant\u200b-acme'),
    'a byte-order mark trimming would drop': withValue(REQUEST, ['tenant_id'], '\ufefftenant'),
    'a control character in a label': withValue(REQUEST, ['payload', 'probe_scope'], 'a\u0007'),
    'a bad correlation id': withValue(REQUEST, ['correlation_id'], 'saas-0123'),
    'a check named twice': withValue(
      REQUEST,
      ['payload', 'required_checks'],
      ['beta_check', 'beta_check'],
    ),
    'no check at all': withValue(REQUEST, ['payload', 'required_checks'], []),
    'targets outside the required checks': withValue(
      REQUEST,
      ['payload', 'probe_targets'],
      ['alpha_check'],
    ),
    'a sparse list': withValue(
      REQUEST,
      ['payload', 'required_checks'],
      new Array(2).fill('beta_check', 1),
    ),
    'a throwing getter': throwingGetter(),
    'a throwing proxy': new Proxy(
      {},
      {
        getPrototypeOf() {
          throw new Error('prototype failure');
        },
      },
    ),
  };

  it.each(Object.entries(refusedRequests))('leaves %s to valibot', (_, input) => {
    expect(checkRequest(input)).toBe(NOT_PROVEN);
  });

  const refusedSummaries: Record<string, unknown> = {
    'a day that does not exist': { ...SUMMARY, seen_at: '2026-02-30T00:00:00Z' },
    'a timestamp without "T"': { ...SUMMARY, seen_at: '2026-11-21 09:30:00Z' },
    'a reference that is a URL': { ...SUMMARY, probe_ref: 'ref://pending' },
    'a missing status field': withValue(SUMMARY, ['beta_status'], undefined),
    'a token-shaped blocker': { ...SUMMARY, blockers: [`see ${token()}`] },
    'a blocker too long': { ...SUMMARY, blockers: ['b'.repeat(501)] },
    'too many blockers': { ...SUMMARY, blockers: new Array(51).fill('blocker') },
    'a flag that is not true': { ...SUMMARY, private_validation_required: false },
  };

  it.each(Object.entries(refusedSummaries))('leaves a summary with %s to valibot', (_, input) => {
    expect(checkSummary(input)).toBe(NOT_PROVEN);
  });

  const uncompiled: Record<string, v.GenericSchema> = {
    'a schema type it does not know': v.strictObject({ count: v.number() }),
    'an object schema that is not strict': v.object({ name: v.string() }),
    'an optional field without a default': v.strictObject({ name: v.optional(v.string()) }),
    'a stateful (global) expression': v.pipe(v.string(), v.regex(/a/g)),
    'a transformation other than trim': v.pipe(v.string(), v.toLowerCase()),
    'a metadata action': v.pipe(v.string(), v.description('a note')),
    'a declared key that the guard flags': v.strictObject({ api_key: v.string() }),
  };

  it.each(Object.entries(uncompiled))('does not compile %s', (_, schema) => {
    expect(compileChecker(schema)).toBeUndefined();
  });

  it('scans no vocabulary word the guard would flag: statuses and schema versions', () => {
    const words = [
      ...READINESS.statuses,
      ...AUTOMATION.statuses,
      ...RESPONSE_STATUSES,
      ...Object.values(V1),
      ...Object.values(V2),
    ];
    for (const word of words) expect(findSensitiveMaterial(word)).toEqual([]);
  });

  it("trusts the contract's own texts only after scanning them once, when compiled", () => {
    const texts = (ownTexts: string[]) =>
      checkerOf(v.strictObject({ note: v.pipe(v.string(), v.maxLength(60)) }), ownTexts);
    const own = 'The private service accepted this request.';
    expect(texts([own])({ note: own })).toEqual({ note: own });
    // Length and characters are still checked; only the scan is spared.
    expect(texts([own, 'x'.repeat(61)])({ note: 'x'.repeat(61) })).toBe(NOT_PROVEN);
    expect(texts([token()])({ note: token() })).toBe(NOT_PROVEN);
    expect(texts([own])({ note: `${own} ${token()}` })).toBe(NOT_PROVEN);
  });

  it('scans no correlation id the guard would flag: any string of its form', () => {
    fc.assert(
      fc.property(fc.stringMatching(CORRELATION_ID_PATTERN), (id) => {
        expect(findSensitiveMaterial(id)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('scans no timestamp the guard would flag: any string of the ISO-8601 form', () => {
    fc.assert(
      fc.property(fc.stringMatching(v.ISO_TIMESTAMP_REGEX), (timestamp) => {
        expect(findSensitiveMaterial(timestamp)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
});
