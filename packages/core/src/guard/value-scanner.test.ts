import { describe, expect, it } from 'vitest';
import { ALNUM, randomText } from '../../test/random-text.js';
import { VALUE_RULES } from './value-rules.js';
import { createTextScanner } from './value-scanner.js';

// Tokens are built at run time.
const scanner = createTextScanner(VALUE_RULES);
const githubToken = () => `${'gh'}p_${randomText(ALNUM, 36)}`;

describe('the scanner stops at the first invisible character, wherever its expression skips', () => {
  it('reads a clean text whole and returns its spans', () => {
    const token = githubToken();
    expect(scanner(`see ${token} soon`, 5, false)).toEqual([
      { rule: 'value.github-token', start: 4, end: 4 + token.length },
    ]);
    expect(scanner('nothing to see in this text', 5, false)).toEqual([]);
  });

  it('stops at an invisible character the expression meets', () => {
    expect(scanner(`plain text, then a soft\u00adhyphen ${githubToken()}`, 5, false)).toBe(
      undefined,
    );
    expect(scanner(`a tag letter \u{e0041} in prose`, 5, false)).toBe(undefined);
  });

  it('stops at one inside an assigned value it skips', () => {
    // A low-entropy value after a credential-naming key, with no prefix in it.
    expect(scanner(`password=${'a'.repeat(6)}\u00ad${'a'.repeat(6)} done`, 5, false)).toBe(
      undefined,
    );
  });

  it('stops at one inside a credential it found and skips', () => {
    expect(
      scanner(`https://deploy:${randomText(ALNUM, 6)}\u00ad${randomText(ALNUM, 6)}@host`, 5, false),
    ).toBe(undefined);
  });

  it('stops at one after the last finding it was asked for', () => {
    const text = `${githubToken()} and later an invisible\u200b mark`;
    expect(scanner(text, 1, false)).toBe(undefined);
    expect(scanner(text, 1, true)).toEqual([{ rule: 'value.github-token', start: 0, end: 40 }]);
  });

  it('reads on through them in a text known to hold none (a surrogate of another character)', () => {
    const token = githubToken();
    const text = `note \u{1d100} then ${token}`;
    expect(scanner(text, 5, false)).toBe(undefined);
    expect(scanner(text, 5, true)).toEqual([
      { rule: 'value.github-token', start: 13, end: 13 + token.length },
    ]);
  });
});
