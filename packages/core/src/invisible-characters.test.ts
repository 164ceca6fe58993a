import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { escapeNonPrintable } from './escape-non-printable.js';
import { IdentifierSchema } from './identifier.js';
import { hasNoInvisibleCharacters, INVISIBLE_MESSAGE } from './invisible-characters.js';
import { BlockersSchema, LabelSchema, TextSchema } from './text.js';

/** Every character DESIGN.md names, one by one. */
const INVISIBLE = [
  ...[0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069],
  ...[0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x2028, 0x2029, 0xd800, 0xdbff, 0xdc00, 0xdfff],
].map((code) => String.fromCharCode(code));

function messagesOf(schema: v.GenericSchema, input: unknown): string[] {
  const result = v.safeParse(schema, input);
  return result.success ? [] : result.issues.map((issue) => issue.message);
}

describe('identifiers and free text reject invisible and direction-changing characters', () => {
  it('rejects each of them, in the middle of an identifier, a label, a text and a blocker', () => {
    for (const character of INVISIBLE) {
      const value = `tenant-acme${character}x`;
      expect(messagesOf(IdentifierSchema, value)).toContain(INVISIBLE_MESSAGE);
      expect(messagesOf(LabelSchema, value)).toContain(INVISIBLE_MESSAGE);
      expect(messagesOf(TextSchema, value)).toContain(INVISIBLE_MESSAGE);
      expect(messagesOf(BlockersSchema, [value])).toContain(INVISIBLE_MESSAGE);
    }
  });

  it('rejects a zero-width space that would make a tenant id look like another, and a BOM or separator at either end', () => {
    expect(v.safeParse(IdentifierSchema, 'tenant-acme\u200b').success).toBe(false);
    expect(v.safeParse(IdentifierSchema, '\ufefftenant-acme').success).toBe(false);
    expect(v.safeParse(IdentifierSchema, 'tenant-acme\u2028').success).toBe(false);
  });

  it('keeps blockers single-line: a line separator is refused', () => {
    expect(v.safeParse(BlockersSchema, ['billing export\u2028second line']).success).toBe(false);
  });

  it('accepts surrogate pairs (emoji) and other printable non-ASCII text', () => {
    for (const value of ['team 🚀', 'kunde-müller-東京', 'ﬁnance', 'a\u00a0b']) {
      expect(hasNoInvisibleCharacters(value)).toBe(true);
      expect(v.safeParse(IdentifierSchema, value).success).toBe(true);
    }
  });
});

describe('escapeNonPrintable shows what would not print', () => {
  it('escapes control, format and separator characters and lone surrogates', () => {
    expect(escapeNonPrintable('tenant-acme\u200b')).toBe('tenant-acme\\u200b');
    expect(escapeNonPrintable('a\u202eb\u001b[31mc\u2028d\ud800e')).toBe(
      'a\\u202eb\\u001b[31mc\\u2028d\\ud800e',
    );
    expect(escapeNonPrintable('tag\u{E0041}')).toBe('tag\\u{e0041}');
  });

  it('leaves printable text alone, and the characters it is told to keep', () => {
    expect(escapeNonPrintable('team 🚀 müller 東京')).toBe('team 🚀 müller 東京');
    expect(escapeNonPrintable('line one\nline two\t.', '\n')).toBe('line one\nline two\\u0009.');
  });
});
