import { describe, expect, it } from 'vitest';
import { ALNUM, randomText, UPPER_ALNUM } from '../../test/random-text.js';
import { outsideOwnBody } from './combined-source.js';
import { VALUE_RULES } from './value-rules.js';
import { anchorOffset, createTextScanner, READ_CHARACTERS } from './value-scanner.js';

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

describe('inside a rejected body the scanner reads the characters itself', () => {
  it('finds a credential that starts inside the rejected body of another rule', () => {
    // An Artifactory key's body (69 letters and digits) that is not random, ending in an
    // AWS key id: the AWS key is found where the expression would have stopped.
    const awsKey = `${'AK'}IA${randomText(UPPER_ALNUM.replace(/[0189]/g, ''), 16)}`;
    const text = `${'AK'}Cp${'a'.repeat(49)}${awsKey} done`;
    expect(scanner(text, 5, false)).toEqual([
      { rule: 'value.aws-access-key-id', start: 53, end: 53 + awsKey.length },
    ]);
  });

  it('reads past a run of rejected prefixes to a credential after them', () => {
    const token = githubToken();
    const text = `${`${'NR'}AK-`.repeat(2000)} ${token}`;
    expect(scanner(text, 5, false)).toEqual([
      { rule: 'value.github-token', start: 10_001, end: 10_001 + token.length },
    ]);
  });

  it('finds an Entra ID secret whose lead holds its own prefix', () => {
    // `4Q~9` is the lead of the second `Q~`; the first has no whole lead, so it hides nothing.
    const secret = `4${'Q~'}9${'Q~'}${randomText(ALNUM, 34)}`;
    expect(scanner(`id ${secret} end`, 5, false)).toEqual([
      { rule: 'value.azure-client-secret', start: 3, end: 3 + secret.length },
    ]);
  });

  it('reads only letters, digits, _ and -, at which no rule has a look-behind of its own', () => {
    const read = [...Array(128).keys()].filter((code) => READ_CHARACTERS[code] === 1);
    expect(String.fromCharCode(...read)).toBe(
      '-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz',
    );
    for (const rule of VALUE_RULES) {
      for (const prefix of rule.prefixes) {
        if (outsideOwnBody(prefix, rule) === '') continue;
        expect(READ_CHARACTERS[prefix.charCodeAt(anchorOffset(prefix))], prefix).not.toBe(1);
      }
    }
    // The table's own rule with such a look-behind (an Entra ID secret's `Q~`).
    expect(
      VALUE_RULES.some((rule) => rule.prefixes.some((prefix) => outsideOwnBody(prefix, rule))),
    ).toBe(true);
  });
});
