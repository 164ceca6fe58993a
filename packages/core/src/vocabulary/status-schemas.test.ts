import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  AutomationStatusSchema,
  ReadinessStatusSchema,
  ResponseStatusSchema,
} from './status-schemas.js';
import { AUTOMATION_STATUSES, READINESS_STATUSES, RESPONSE_STATUSES } from './statuses.js';

const cases = [
  { name: 'readiness', schema: ReadinessStatusSchema, vocabulary: READINESS_STATUSES },
  { name: 'automation', schema: AutomationStatusSchema, vocabulary: AUTOMATION_STATUSES },
  { name: 'response', schema: ResponseStatusSchema, vocabulary: RESPONSE_STATUSES },
] as const;

describe('status schemas accept exactly their vocabulary', () => {
  for (const { name, schema, vocabulary } of cases) {
    it(`the ${name} schema accepts every ${name} status`, () => {
      for (const status of vocabulary) expect(v.is(schema, status)).toBe(true);
    });

    it(`the ${name} schema rejects other spellings, other types and other vocabularies`, () => {
      for (const value of ['READY', ' ready', '', 'done', null, 1, undefined, ['ready']]) {
        expect(v.is(schema, value)).toBe(false);
      }
    });

    it(`the ${name} schema is a picklist over the same array`, () => {
      expect(schema.options).toEqual(vocabulary);
    });
  }

  it('degraded is a readiness status but not an automation status', () => {
    expect(v.is(ReadinessStatusSchema, 'degraded')).toBe(true);
    expect(v.is(AutomationStatusSchema, 'degraded')).toBe(false);
  });

  it('scheduled, enabled and automated are automation statuses but not readiness statuses', () => {
    for (const status of ['scheduled', 'enabled', 'automated']) {
      expect(v.is(AutomationStatusSchema, status)).toBe(true);
      expect(v.is(ReadinessStatusSchema, status)).toBe(false);
    }
  });
});
