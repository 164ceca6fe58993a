import { describe, expect, it } from 'vitest';
import { stringifyJsonText } from './stringify-json-text.js';

const RAW_INVISIBLE = /[\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}]/u;

describe('stringifyJsonText writes invisible characters as escapes, the value unchanged', () => {
  const samples = [
    ['a bidi override in a key', { 'tenant_id\u202e': 1 }],
    ['a zero-width space in a value', { path: 'tenant\u200b_id' }],
    ['a BOM, DEL, a C1 control and the separators', ['\ufeff\u007f\u0085\u2028\u2029']],
    ['a tag character above the BMP', ['flag\u{e0067}']],
  ] as const;

  it.each(samples)('%s', (_name, value) => {
    const text = stringifyJsonText(value);
    expect(text).not.toMatch(RAW_INVISIBLE);
    expect(JSON.parse(text)).toEqual(value);
  });

  it('escapes by UTF-16 code unit, as JSON text reads it back', () => {
    expect(stringifyJsonText(['x\u202ey'])).toBe('["x\\u202ey"]');
    expect(stringifyJsonText(['\u{e0067}'])).toBe('["\\udb40\\udc67"]');
  });

  it('leaves printable text as JSON.stringify writes it, indented when asked', () => {
    const value = { tenant_id: 'tenant-acmé', blockers: ['late 🙂'], nested: { n: 1 } };
    expect(stringifyJsonText(value)).toBe(JSON.stringify(value));
    expect(stringifyJsonText(value, 2)).toBe(JSON.stringify(value, null, 2));
  });
});
