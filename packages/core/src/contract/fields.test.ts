import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { requiredChecksSchema } from './fields.js';

const CHECKS = ['alpha_check', 'beta_check', 'gamma_check'] as const;
const RequiredChecksSchema = requiredChecksSchema(CHECKS);

function messagesOf(input: unknown): string[] {
  const result = v.safeParse(RequiredChecksSchema, input);
  return result.success ? [] : result.issues.map((issue) => issue.message);
}

describe('required_checks: non-empty, only the operation’s own checks, no duplicates, order kept', () => {
  it('accepts every check', () => {
    expect(v.parse(RequiredChecksSchema, [...CHECKS])).toEqual([...CHECKS]);
  });

  it('accepts a subset and keeps the caller’s order', () => {
    expect(v.parse(RequiredChecksSchema, ['gamma_check', 'alpha_check'])).toEqual([
      'gamma_check',
      'alpha_check',
    ]);
  });

  it('rejects an empty list', () => {
    expect(messagesOf([])).toEqual(['must name at least one check']);
  });

  it('rejects a check of another operation and lists the allowed checks', () => {
    expect(messagesOf(['alpha_check', 'billing_monitoring'])).toEqual([
      'must be one of: alpha_check, beta_check, gamma_check',
    ]);
  });

  it('rejects a check named twice', () => {
    expect(messagesOf(['beta_check', 'alpha_check', 'beta_check'])).toEqual([
      'must not name a check twice',
    ]);
  });

  it('rejects other spellings of a check', () => {
    expect(v.is(RequiredChecksSchema, ['Alpha_Check'])).toBe(false);
    expect(v.is(RequiredChecksSchema, ['alpha-check'])).toBe(false);
  });

  it('rejects values that are not lists of strings', () => {
    for (const value of ['alpha_check', null, {}, [1], undefined]) {
      expect(v.is(RequiredChecksSchema, value)).toBe(false);
    }
  });
});
