import { describe, expect, it } from 'vitest';
import {
  IGNORABLE_RANGES,
  ignorableUnitClass,
  nextIgnorableUnit,
  withoutIgnorable,
} from './without-ignorable.js';

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

describe('the code units of invisible characters, for the scanner', () => {
  it('the class holds every BMP one and the high surrogate of every pair that may be one', () => {
    const units = new RegExp(`^${ignorableUnitClass()}$`);
    for (const [from, to] of IGNORABLE_RANGES) {
      for (const codePoint of [from, to]) {
        expect(
          units.test(String.fromCodePoint(codePoint)[0] as string),
          codePoint.toString(16),
        ).toBe(true);
      }
    }
    for (const other of ['a', '-', '\u00e9', '\u2014', '\u00ac', '\u00ae', '\ud83d']) {
      expect(units.test(other), other).toBe(false);
    }
  });

  it('says where the next one is, from any offset', () => {
    const text = `abc\u00addef\u{e0041}g`;
    expect(nextIgnorableUnit(text, 0)).toBe(3);
    expect(nextIgnorableUnit(text, 3)).toBe(3);
    expect(nextIgnorableUnit(text, 4)).toBe(7);
    expect(nextIgnorableUnit(text, 8)).toBe(-1);
    // Other characters outside ASCII, and a search that starts past the end of the text.
    expect(nextIgnorableUnit('caf\u00e9 \u2014 done', 0)).toBe(-1);
    expect(nextIgnorableUnit('a\u00ad', 20)).toBe(-1);
  });
});
