import { describe, expect, it } from 'vitest';
import { locateSensitiveText } from './locate-sensitive-text.js';

const githubToken = () => `${'gh'}p_${'aB3dE5fG7h'.repeat(4).slice(0, 36)}`;

describe('locateSensitiveText says where each credential sits', () => {
  it('gives the rule and the UTF-16 offsets of a token inside text', () => {
    const token = githubToken();
    const text = `é deploy with ${token} today`;
    const spans = locateSensitiveText(text);
    expect(spans).toEqual([{ rule: 'value.github-token', start: 14, end: 14 + token.length }]);
    expect(text.slice(14, 14 + token.length)).toBe(token);
  });

  it('finds several credentials in text order and stops at the limit', () => {
    const token = githubToken();
    const text = `a ${token} b ${token} c ${token}`;
    expect(locateSensitiveText(text).map((span) => span.start)).toEqual([
      2,
      5 + token.length,
      8 + 2 * token.length,
    ]);
    expect(locateSensitiveText(text, 2)).toHaveLength(2);
  });

  it('finds nothing in ordinary text', () => {
    expect(locateSensitiveText('token rotation is due next week')).toEqual([]);
    expect(locateSensitiveText('')).toEqual([]);
  });
});
