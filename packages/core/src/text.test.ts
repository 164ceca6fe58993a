import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { LIMITS } from './limits.js';
import { BlockersSchema, hasNoControlCharacters, LabelSchema, TextSchema } from './text.js';

function messagesOf(schema: v.GenericSchema, input: unknown): string[] {
  const result = v.safeParse(schema, input);
  return result.success ? [] : result.issues.map((issue) => issue.message);
}

describe('labels (scope, window, cadence, tier) are short single lines', () => {
  it('accepts a label of up to 128 characters', () => {
    expect(LIMITS.labelLength).toBe(128);
    expect(v.parse(LabelSchema, 'tenant-operating')).toBe('tenant-operating');
    expect(v.is(LabelSchema, 'l'.repeat(128))).toBe(true);
  });

  it('rejects a label of 129 characters', () => {
    expect(messagesOf(LabelSchema, 'l'.repeat(129))).toEqual(['must be at most 128 characters']);
  });

  it('rejects an empty label', () => {
    expect(messagesOf(LabelSchema, '')).toEqual(['must not be empty']);
  });

  it('rejects any control character, tabs and newlines included', () => {
    for (const control of ['\n', '\r', '\t', '\u0000', '\u007f', '\u009f']) {
      expect(messagesOf(LabelSchema, `last${control}24h`)).toEqual([
        'must not contain control characters',
      ]);
    }
  });
});

describe('free text (boundary, message, next step) is bounded but may span lines', () => {
  it('accepts up to 2000 characters and rejects 2001', () => {
    expect(LIMITS.textLength).toBe(2000);
    expect(v.is(TextSchema, 't'.repeat(2000))).toBe(true);
    expect(messagesOf(TextSchema, 't'.repeat(2001))).toEqual(['must be at most 2000 characters']);
  });

  it('accepts tabs and newlines', () => {
    expect(v.is(TextSchema, 'line one\nline two\r\n\tindented')).toBe(true);
  });

  it('rejects other control characters', () => {
    for (const control of ['\u0000', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085']) {
      expect(messagesOf(TextSchema, `text${control}here`)).toEqual([
        'must not contain control characters',
      ]);
    }
  });

  it('rejects empty text', () => {
    expect(messagesOf(TextSchema, '')).toEqual(['must not be empty']);
  });
});

describe('blockers are a bounded list of bounded single-line entries', () => {
  it('accepts an empty list', () => {
    expect(v.parse(BlockersSchema, [])).toEqual([]);
  });

  it('accepts 50 blockers and rejects 51', () => {
    expect(LIMITS.blockerCount).toBe(50);
    expect(
      v.is(
        BlockersSchema,
        Array.from({ length: 50 }, (_, i) => `blocker ${i}`),
      ),
    ).toBe(true);
    expect(
      messagesOf(
        BlockersSchema,
        Array.from({ length: 51 }, (_, i) => `blocker ${i}`),
      ),
    ).toEqual(['must hold at most 50 entries']);
  });

  it('accepts a blocker of 500 characters and rejects 501', () => {
    expect(LIMITS.blockerLength).toBe(500);
    expect(v.is(BlockersSchema, ['b'.repeat(500)])).toBe(true);
    expect(messagesOf(BlockersSchema, ['ok', 'b'.repeat(501)])).toEqual([
      'must be at most 500 characters',
    ]);
  });

  it('rejects empty blockers, multi-line blockers and non-strings', () => {
    expect(messagesOf(BlockersSchema, [''])).toEqual(['must not be empty']);
    expect(messagesOf(BlockersSchema, ['two\nlines'])).toEqual([
      'must not contain control characters',
    ]);
    expect(v.is(BlockersSchema, [1])).toBe(false);
    expect(v.is(BlockersSchema, 'one blocker')).toBe(false);
  });

  it('keeps the blockers in the order given', () => {
    expect(v.parse(BlockersSchema, ['b', 'a', 'c'])).toEqual(['b', 'a', 'c']);
  });
});

describe('hasNoControlCharacters tells whether a string is free of C0 and C1 controls', () => {
  it('is true for printable text, including non-ASCII', () => {
    expect(hasNoControlCharacters('plain text - ümlaut ✓')).toBe(true);
    expect(hasNoControlCharacters('')).toBe(true);
  });

  it('is false for C0, DEL and C1 characters', () => {
    for (const control of ['\u0000', '\u001f', '\t', '\u007f', '\u0080', '\u009f']) {
      expect(hasNoControlCharacters(`a${control}b`)).toBe(false);
    }
  });
});
