import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { findSensitiveMaterialBySchema } from './find-by-schema.js';
import { findSensitiveMaterial } from './find-sensitive-material.js';

const npmToken = () => `${'np'}m_${'Rt5'.repeat(12)}`;
const githubToken = () => `${'gh'}p_${'Yu6'.repeat(12)}`;

const Status = v.picklist(['ready', 'degraded', 'blocked']);
const Schema = v.strictObject({
  schema_version: v.literal('probe.v1'),
  private_flag: v.literal(true),
  tenant_id: v.pipe(v.string(), v.trim(), v.nonEmpty()),
  status: v.optional(Status, 'ready'),
  notes: v.optional(v.array(v.string()), () => []),
  detail: v.nullable(
    v.strictObject({
      label: v.string(),
      count: v.number(),
      statuses: v.array(Status),
      nested: v.optional(v.strictObject({ text: v.string() })),
    }),
  ),
});

/** Free text: plain words, now and then a credential alone or inside a sentence. */
const text = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom('billing lag', 'token rotation due', ' padded ', 'a-b_c.d:e'),
  },
  { weight: 1, arbitrary: fc.constantFrom(npmToken(), `see ${githubToken()} here`) },
);
const validDocuments = fc.record(
  {
    schema_version: fc.constant('probe.v1'),
    private_flag: fc.constant(true),
    tenant_id: text.filter((value) => value.trim() !== ''),
    status: fc.constantFrom('ready', 'degraded', 'blocked'),
    notes: fc.array(text, { maxLength: 4 }),
    detail: fc.option(
      fc.record(
        {
          label: text,
          count: fc.integer(),
          statuses: fc.array(fc.constantFrom('ready', 'blocked'), { maxLength: 3 }),
          nested: fc.record({ text }),
        },
        { requiredKeys: ['label', 'count', 'statuses'] },
      ),
      { nil: null },
    ),
  },
  { requiredKeys: ['schema_version', 'private_flag', 'tenant_id', 'detail'] },
);

describe('findSensitiveMaterialBySchema', () => {
  it('finds exactly what the full guard finds in valid documents', () => {
    let withFindings = 0;
    fc.assert(
      fc.property(validDocuments, fc.constantFrom('', 'payload.summary'), (document, root) => {
        expect(v.is(Schema, document)).toBe(true);
        const expected = findSensitiveMaterial(document, { path: root });
        expect(findSensitiveMaterialBySchema(Schema, document, root)).toEqual(expected);
        if (expected.length > 0) withFindings++;
      }),
      { numRuns: 500 },
    );
    expect(withFindings).toBeGreaterThan(50);
  });

  it('reports a shared array once, like the full guard', () => {
    const notes = [npmToken()];
    const document = {
      schema_version: 'probe.v1',
      private_flag: true,
      tenant_id: 't',
      notes,
      detail: { label: 'x', count: 1, statuses: [], nested: { text: 'y' } },
    };
    expect(findSensitiveMaterialBySchema(Schema, document, '')).toEqual(
      findSensitiveMaterial(document),
    );
    expect(findSensitiveMaterialBySchema(Schema, document, '')).toEqual([
      { path: 'notes[0]', rule: 'value.npm-token', target: 'value' },
    ]);
  });

  it('stops at 100 findings', () => {
    const document = {
      schema_version: 'probe.v1',
      private_flag: true,
      tenant_id: 't',
      notes: Array.from({ length: 150 }, npmToken),
      detail: null,
    };
    expect(findSensitiveMaterialBySchema(Schema, document, '')).toHaveLength(100);
  });

  it('declines schemas it cannot follow, so the caller runs the full guard', () => {
    for (const schema of [
      v.strictObject({ apiKey: v.string() }),
      v.strictObject({ status: v.picklist(['ready', npmToken()]) }),
      v.strictObject({ mode: v.literal(githubToken()) }),
      v.object({ label: v.string() }),
      v.looseObject({ label: v.string() }),
      v.strictObject({ value: v.union([v.string(), v.number()]) }),
      v.strictObject({ map: v.record(v.string(), v.string()) }),
      v.strictObject({ tail: v.lazy(() => v.string()) }),
      v.strictObject({ pair: v.tuple([v.string(), v.string()]) }),
    ]) {
      expect(findSensitiveMaterialBySchema(schema, {}, '')).toBeUndefined();
    }
  });

  it('follows optional, nullable and nullish wrappers and non-text types', () => {
    const schema = v.strictObject({
      a: v.optional(v.nullable(v.nullish(v.string()))),
      b: v.boolean(),
      c: v.number(),
      d: v.null(),
    });
    expect(
      findSensitiveMaterialBySchema(schema, { a: npmToken(), b: true, c: 1, d: null }, 'x'),
    ).toEqual([{ path: 'x.a', rule: 'value.npm-token', target: 'value' }]);
  });

  it('declines a document whose object position holds an array, a map or a date', () => {
    const schema = v.strictObject({
      opt: v.optional(v.strictObject({ a: v.optional(v.string()) })),
    });
    expect(findSensitiveMaterialBySchema(schema, { opt: {} }, '')).toEqual([]);
    for (const misplaced of [[], new Map(), new Date(0)]) {
      expect(findSensitiveMaterialBySchema(schema, { opt: misplaced }, '')).toBeUndefined();
    }
    expect(findSensitiveMaterialBySchema(schema, [], '')).toBeUndefined();
  });
});
