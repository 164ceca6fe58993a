import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { TimestampSchema } from './timestamp.js';

describe('timestamps are ISO-8601 strings', () => {
  it('accepts UTC timestamps with and without fractions of a second', () => {
    expect(v.parse(TimestampSchema, '2026-11-21T09:30:00Z')).toBe('2026-11-21T09:30:00Z');
    expect(v.is(TimestampSchema, '2026-11-21T09:30:00.123Z')).toBe(true);
  });

  it('accepts timestamps with an offset', () => {
    expect(v.is(TimestampSchema, '2026-11-21T09:30:00+02:00')).toBe(true);
  });

  it('rejects dates alone, free text, epoch numbers and Date objects', () => {
    for (const value of [
      '2026-11-21',
      'yesterday',
      '21/11/2026 09:30',
      '',
      1_763_717_400_000,
      new Date(0),
      null,
    ]) {
      expect(v.is(TimestampSchema, value)).toBe(false);
    }
  });

  it('explains the expected form with an example', () => {
    const result = v.safeParse(TimestampSchema, 'yesterday');
    expect(result.issues?.[0]?.message).toBe(
      'must be an ISO-8601 timestamp such as 2026-11-21T09:30:00Z',
    );
  });
});

describe('timestamps stay within RFC 3339, the date-time of the JSON Schema', () => {
  it('accepts leap days of leap years and fractions up to nanoseconds', () => {
    for (const value of [
      '2024-02-29T00:00:00Z',
      '2000-02-29T23:59:59-05:30',
      '2026-11-21T09:30:00.123456789Z',
    ]) {
      expect(v.is(TimestampSchema, value)).toBe(true);
    }
  });

  it('rejects days that do not exist', () => {
    for (const value of ['2026-02-29T00:00:00Z', '1900-02-29T00:00:00Z', '2026-04-31T00:00:00Z']) {
      expect(v.is(TimestampSchema, value)).toBe(false);
    }
  });

  it('rejects ISO-8601 forms outside RFC 3339 with one issue naming the profile', () => {
    for (const value of [
      '2026-11-21 09:30:00Z',
      '2026-11-21T09:30:00+01',
      '2026-11-21T09:30:00+0100',
      '2026-11-21T09:30:00 +01:00',
    ]) {
      const result = v.safeParse(TimestampSchema, value);
      expect(result.issues).toHaveLength(1);
      expect(result.issues?.[0]?.message).toContain('RFC 3339');
    }
  });
});
