import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { statusEntries } from './status-entries.js';
import { AutomationStatusSchema, ReadinessStatusSchema } from './status-schemas.js';

describe('statusEntries gives every summary status field the same status schema', () => {
  it('creates one entry per field, in order, each the given schema', () => {
    const entries = statusEntries(['alpha_status', 'beta_status'], ReadinessStatusSchema);
    expect(Object.keys(entries)).toEqual(['alpha_status', 'beta_status']);
    expect(entries.alpha_status).toBe(ReadinessStatusSchema);
    expect(entries.beta_status).toBe(ReadinessStatusSchema);
  });

  it('builds a strict summary that requires every status field from the vocabulary', () => {
    const Summary = v.strictObject(statusEntries(['alpha_status'], AutomationStatusSchema));
    expect(v.parse(Summary, { alpha_status: 'scheduled' })).toEqual({
      alpha_status: 'scheduled',
    });
    expect(v.is(Summary, { alpha_status: 'degraded' })).toBe(false);
    expect(v.is(Summary, {})).toBe(false);
  });

  it('gives no entries for no fields', () => {
    expect(statusEntries([], ReadinessStatusSchema)).toEqual({});
  });
});
