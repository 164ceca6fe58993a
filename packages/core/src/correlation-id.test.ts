import * as v from 'valibot';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CORRELATION_ID_PATTERN,
  CorrelationIdSchema,
  createCorrelationId,
} from './correlation-id.js';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('correlation ids are "saas-" plus 12 lowercase hex characters', () => {
  it('creates ids of that shape', () => {
    for (let index = 0; index < 200; index++) {
      expect(createCorrelationId()).toMatch(/^saas-[0-9a-f]{12}$/);
    }
  });

  it('creates distinct ids on every call', () => {
    const ids = new Set(Array.from({ length: 5000 }, () => createCorrelationId()));
    expect(ids.size).toBe(5000);
  });

  it('uses every hex digit across many ids', () => {
    const digits = new Set(
      Array.from({ length: 200 }, () => createCorrelationId().slice(5)).join(''),
    );
    expect([...digits].sort().join('')).toBe('0123456789abcdef');
  });

  it('draws 6 bytes from getRandomValues where randomUUID is missing', () => {
    const getRandomValues = vi.fn(<T extends ArrayBufferView | null>(array: T): T => {
      if (array instanceof Uint8Array) array.set([0x00, 0x0f, 0xa0, 0xff, 0x12, 0xbc]);
      return array;
    });
    vi.stubGlobal('crypto', { getRandomValues });
    expect(createCorrelationId()).toBe('saas-000fa0ff12bc');
    expect(getRandomValues).toHaveBeenCalledTimes(1);
  });

  it('takes the last, fully random group of randomUUID when the runtime has it', () => {
    const randomUUID = vi.fn(() => '01234567-89ab-4cde-8f01-23456789abcd');
    vi.stubGlobal('crypto', { randomUUID, getRandomValues: vi.fn() });
    expect(createCorrelationId()).toBe('saas-23456789abcd');
    expect(randomUUID).toHaveBeenCalledTimes(1);
  });

  it('accepts a well-formed id in the schema and the pattern', () => {
    expect(v.is(CorrelationIdSchema, 'saas-0123456789ab')).toBe(true);
    expect(CORRELATION_ID_PATTERN.test('saas-0123456789ab')).toBe(true);
  });

  it('rejects other prefixes, lengths, upper case, padding and non-strings', () => {
    for (const value of [
      'saas-0123456789AB',
      'saas-0123456789a',
      'saas-0123456789abc',
      'SAAS-0123456789ab',
      'cavra-0123456789ab',
      ' saas-0123456789ab',
      'saas-0123456789ab\n',
      'saas-0123456789ag',
      '',
      42,
      null,
    ]) {
      expect(v.is(CorrelationIdSchema, value)).toBe(false);
    }
  });

  it('explains the expected shape in its message', () => {
    const result = v.safeParse(CorrelationIdSchema, 'saas-XYZ');
    expect(result.success).toBe(false);
    expect(result.issues?.[0]?.message).toBe(
      'must be "saas-" followed by 12 lowercase hex characters',
    );
  });
});
