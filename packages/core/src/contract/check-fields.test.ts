import { describe, expect, it } from 'vitest';
import { checksOf, statusFieldsOf } from './check-fields.js';

const TABLE = {
  alpha_check: 'alpha_status',
  beta_check: null,
  gamma_check: 'gamma_status',
} as const;

describe('a check table is the one place a check and its summary field are declared', () => {
  it('checksOf lists every check in declaration order', () => {
    expect(checksOf(TABLE)).toEqual(['alpha_check', 'beta_check', 'gamma_check']);
  });

  it('statusFieldsOf lists the summary fields in order, skipping checks without one', () => {
    expect(statusFieldsOf(TABLE)).toEqual(['alpha_status', 'gamma_status']);
  });

  it('returns frozen lists', () => {
    expect(Object.isFrozen(checksOf(TABLE))).toBe(true);
    expect(Object.isFrozen(statusFieldsOf(TABLE))).toBe(true);
  });

  it('gives empty lists for an empty table', () => {
    expect(checksOf({})).toEqual([]);
    expect(statusFieldsOf({})).toEqual([]);
  });
});
