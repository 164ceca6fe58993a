import { describe, expect, it } from 'vitest';
import { ALNUM, HEX, randomText } from '../../test/random-text.js';
import { shannonEntropy } from './looks-random.js';

describe('shannonEntropy measures bits per character', () => {
  it('gives the exact figure for texts of known shape', () => {
    expect(shannonEntropy('')).toBe(0);
    expect(shannonEntropy('aaaaaaaa')).toBe(0);
    expect(shannonEntropy('abababab')).toBe(1);
    expect(shannonEntropy('abcdabcd')).toBe(2);
    expect(shannonEntropy('0123456789abcdef')).toBe(4);
    // One character in four: -(3/4 log2 3/4 + 1/4 log2 1/4).
    expect(shannonEntropy('aaab')).toBeCloseTo(0.811_278_124_459_132_8, 15);
  });

  it('scores random text near the logarithm of its alphabet', () => {
    expect(shannonEntropy(randomText(HEX, 4096))).toBeGreaterThan(3.99);
    expect(shannonEntropy(randomText(ALNUM, 4096))).toBeGreaterThan(5.9);
  });

  it('counts a character outside ASCII by code point, a surrogate pair as one', () => {
    expect(shannonEntropy('\u00e9\u00e9ab')).toBe(1.5);
    // Two code points of two code units each: shares of 2/4, as the length is in code units.
    expect(shannonEntropy('\u{1f600}\u{1f600}')).toBe(0.5);
  });

  it('leaves nothing behind for the next text, after any text', () => {
    const texts = ['abcdefgh', 'zz\u00e9zz', 'aaab', 'q', `${randomText(ALNUM, 64)}\u00e9`, 'aaab'];
    const alone = texts.map((text) => shannonEntropy(text));
    expect(texts.map((text) => shannonEntropy(text))).toEqual(alone);
    expect(shannonEntropy('aaab')).toBe(alone[2]);
    expect(shannonEntropy('aaaaaaaa')).toBe(0);
  });

  it('sums in the order of first appearance, so the figure is the same for any text order', () => {
    const text = randomText(ALNUM, 40);
    const counts = new Map<string, number>();
    for (const character of text) counts.set(character, (counts.get(character) ?? 0) + 1);
    let expected = 0;
    for (const count of counts.values()) expected -= (count / 40) * Math.log2(count / 40);
    expect(shannonEntropy(text)).toBe(expected);
  });
});
