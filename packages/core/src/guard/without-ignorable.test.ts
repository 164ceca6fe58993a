import { describe, expect, it } from 'vitest';
import { IGNORABLE_RANGES, withoutIgnorable } from './without-ignorable.js';

const PROPERTY = /^\p{Default_Ignorable_Code_Point}$/u;

describe('withoutIgnorable drops what a reader does not see', () => {
  it('lists exactly the default-ignorable code points of the JavaScript engine', () => {
    const listed = (codePoint: number) =>
      IGNORABLE_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to);
    const differing: number[] = [];
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
      if (listed(codePoint) !== PROPERTY.test(String.fromCodePoint(codePoint))) {
        differing.push(codePoint);
      }
    }
    expect(differing).toEqual([]);
  });

  it('removes every one of them, in the BMP and beyond', () => {
    for (const [from, to] of IGNORABLE_RANGES) {
      for (const codePoint of [from, to]) {
        const text = `a${String.fromCodePoint(codePoint)}b`;
        expect(withoutIgnorable(text)?.visible).toBe('ab');
      }
    }
  });

  it('keeps a text without them as it is', () => {
    expect(withoutIgnorable('plain ascii text')).toBeUndefined();
    expect(withoutIgnorable('café \u{1f600} \ud800 lone surrogate')).toBeUndefined();
    // The high surrogate of an ignorable pair, with a low one that makes another character.
    expect(withoutIgnorable('note \u{1d100}')).toBeUndefined();
  });

  it('removes them and says where every remaining code unit came from', () => {
    const text = `a\u00adb\u{e0041}c\u{1f600}\u200f`;
    const hidden = withoutIgnorable(text);
    expect(hidden?.visible).toBe('abc\u{1f600}');
    expect([...(hidden?.offsets ?? [])]).toEqual([0, 2, 5, 6, 7]);
  });

  it('reads a long text of them once, whole', () => {
    const text = 'a\u00ad'.repeat(100_000);
    expect(withoutIgnorable(text)?.visible).toBe('a'.repeat(100_000));
  });
});
