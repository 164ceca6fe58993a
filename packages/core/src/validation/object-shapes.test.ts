import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { findNonObjects } from './object-shapes.js';

const Schema = v.strictObject({
  name: v.string(),
  payload: v.optional(v.strictObject({ scope: v.optional(v.string(), 'all') })),
});

describe('findNonObjects: an array is never read as an object', () => {
  it('accepts plain objects at every object position', () => {
    expect(findNonObjects(Schema, { name: 'a', payload: {} })).toEqual([]);
  });

  it('names a nested array that stands where an object belongs', () => {
    expect(findNonObjects(Schema, { name: 'a', payload: [] })).toEqual([
      { path: 'payload', message: 'payload must be an object', rule: 'object' },
    ]);
  });

  it('names the document when the root is an array, a date or a map', () => {
    for (const input of [[], new Date(0), new Map()]) {
      expect(findNonObjects(Schema, input)).toEqual([
        { path: '', message: 'document must be an object', rule: 'object' },
      ]);
    }
  });

  it('leaves values of other types to the schema', () => {
    expect(findNonObjects(Schema, { name: [], payload: 'x' })).toEqual([]);
    expect(findNonObjects(Schema, null)).toEqual([]);
  });

  it('prefixes the JSON path of an embedded value', () => {
    expect(findNonObjects(Schema, { payload: [] }, 'outer')[0]?.path).toBe('outer.payload');
  });
});
