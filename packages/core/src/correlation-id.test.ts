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

  it('draws its randomness from globalThis.crypto', () => {
    const getRandomValues = vi.fn(<T extends ArrayBufferView | null>(array: T): T => {
      if (array instanceof Uint8Array) array.set([0x00, 0x0f, 0xa0, 0xff, 0x12, 0xbc]);
      return array;
    });
    vi.stubGlobal('crypto', { getRandomValues });
    expect(createCorrelationId()).toBe('saas-000fa0ff12bc');
    expect(getRandomValues).toHaveBeenCalledTimes(1);
  });

  it('draws 4 KiB at a time and serves every random byte to one id only', () => {
    let counter = 0;
    const getRandomValues = vi.fn(<T extends ArrayBufferView | null>(array: T): T => {
      if (array instanceof Uint8Array) {
        for (let index = 0; index < array.length; index++) array[index] = counter++ % 256;
      }
      return array;
    });
    vi.stubGlobal('crypto', { getRandomValues });
    // 4096 bytes hold 682 ids of 6 bytes; the 683rd comes from a second fill.
    const ids = Array.from({ length: 683 }, () => createCorrelationId());
    expect(getRandomValues).toHaveBeenCalledTimes(2);
    expect(getRandomValues.mock.calls[0]?.[0]).toHaveLength(4096);
    expect(ids.slice(0, 2)).toEqual(['saas-000102030405', 'saas-060708090a0b']);
    // The second fill starts at byte 4096 of the counter (4096 % 256 = 0).
    expect(ids[682]).toBe('saas-000102030405');
    const hex = (byte: number) => (byte % 256).toString(16).padStart(2, '0');
    const expected = Array.from(
      { length: 682 },
      (_, id) => `saas-${Array.from({ length: 6 }, (_, byte) => hex(id * 6 + byte)).join('')}`,
    );
    expect(ids.slice(0, 682)).toEqual(expected);
  });

  it('uses a stubbed globalThis.crypto from the next id on, even mid-pool', () => {
    createCorrelationId();
    const zeros = vi.fn(<T extends ArrayBufferView | null>(array: T): T => {
      if (array instanceof Uint8Array) array.fill(0);
      return array;
    });
    vi.stubGlobal('crypto', { getRandomValues: zeros });
    expect(createCorrelationId()).toBe('saas-000000000000');
    vi.unstubAllGlobals();
    // Back on the real source: the stub's zeros are not served any more.
    const ids = Array.from({ length: 50 }, () => createCorrelationId());
    expect(ids).not.toContain('saas-000000000000');
    expect(new Set(ids).size).toBe(50);
  });

  it('uses a replaced getRandomValues of the same crypto object from the next id on', () => {
    createCorrelationId();
    const spy = vi.spyOn(globalThis.crypto, 'getRandomValues').mockImplementation((array) => {
      if (array instanceof Uint8Array) array.fill(0xff);
      return array;
    });
    try {
      expect(createCorrelationId()).toBe('saas-ffffffffffff');
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
    expect(createCorrelationId()).not.toBe('saas-ffffffffffff');
  });

  it('serves no stale bytes after a fill that throws', () => {
    vi.stubGlobal('crypto', {
      getRandomValues: () => {
        throw new Error('no entropy');
      },
    });
    expect(() => createCorrelationId()).toThrow('no entropy');
    expect(() => createCorrelationId()).toThrow('no entropy');
    const ones = vi.fn(<T extends ArrayBufferView | null>(array: T): T => {
      if (array instanceof Uint8Array) array.fill(1);
      return array;
    });
    vi.stubGlobal('crypto', { getRandomValues: ones });
    expect(createCorrelationId()).toBe('saas-010101010101');
    expect(ones).toHaveBeenCalledTimes(1);
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
