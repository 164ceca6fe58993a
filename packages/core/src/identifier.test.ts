import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REQUESTED_BY, IdentifierSchema } from './identifier.js';
import { LIMITS } from './limits.js';

function parse(input: unknown) {
  return v.safeParse(IdentifierSchema, input);
}

function messagesOf(input: unknown): string[] {
  const result = parse(input);
  return result.success ? [] : result.issues.map((issue) => issue.message);
}

describe('identifiers are trimmed, non-empty, at most 128 characters and free of control characters', () => {
  it('trims surrounding whitespace', () => {
    expect(v.parse(IdentifierSchema, '  tenant-a\n')).toBe('tenant-a');
  });

  it('keeps inner spaces and any printable text', () => {
    expect(v.parse(IdentifierSchema, 'acme corp / eu-west')).toBe('acme corp / eu-west');
    expect(v.parse(IdentifierSchema, 'kunde-müller-東京')).toBe('kunde-müller-東京');
  });

  it('rejects the empty string and whitespace only', () => {
    expect(messagesOf('')).toEqual(['must not be empty']);
    expect(messagesOf(' \t\n ')).toEqual(['must not be empty']);
  });

  it('accepts exactly 128 characters and rejects 129', () => {
    expect(LIMITS.identifierLength).toBe(128);
    expect(parse('t'.repeat(128)).success).toBe(true);
    expect(messagesOf('t'.repeat(129))).toEqual(['must be at most 128 characters']);
  });

  it('measures the length after trimming', () => {
    expect(v.parse(IdentifierSchema, `   ${'t'.repeat(128)}   `)).toBe('t'.repeat(128));
  });

  it('rejects control characters inside the identifier', () => {
    for (const control of ['\u0000', '\u0007', '\n', '\t', '\u001b', '\u007f', '\u0085']) {
      expect(messagesOf(`ten${control}ant`)).toEqual(['must not contain control characters']);
    }
  });

  it('rejects values that are not strings', () => {
    for (const value of [undefined, null, 42, true, {}, ['tenant']]) {
      expect(parse(value).success).toBe(false);
    }
  });

  it('defaults requested_by to community', () => {
    expect(DEFAULT_REQUESTED_BY).toBe('community');
    expect(parse(DEFAULT_REQUESTED_BY).success).toBe(true);
  });
});
