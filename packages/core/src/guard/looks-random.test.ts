import { describe, expect, it } from 'vitest';
import { ALNUM, randomText } from '../../test/random-text.js';
import { isPlaceholder, looksLikeSecretValue, looksRandom, randomEnough } from './looks-random.js';

// Values are built at run time: a random part (no counting run of six in it, checked) and
// the trait under test.

/** Random letters and digits without a placeholder trait of their own. */
function plain(length: number): string {
  for (;;) {
    const text = randomText(ALNUM, length);
    if (!isPlaceholder(text)) return text;
  }
}

describe('counting runs are typed by hand', () => {
  it('six characters counting up by one, digits or letters in any case, mark a placeholder', () => {
    for (const run of ['123456', '3456789', 'klmnop', 'aBcDeF', 'TUVWXY', 'mnopqrstuvwx']) {
      const value = `${plain(12)}${run}${plain(12)}`;
      expect(isPlaceholder(value), value).toBe(true);
      expect(looksRandom(value), value).toBe(false);
    }
  });

  it('a run of five, counting down, or a step across digits and letters does not', () => {
    for (const run of ['12345', 'vwxyz', '987654', 'fedcba', '6789ab']) {
      const value = `${plain(12)}-${run}-${plain(12)}`;
      expect(isPlaceholder(value), value).toBe(false);
    }
  });
});

describe('values that mostly count up are typed by hand', () => {
  /** `length` characters counting up by one from `first`. */
  const run = (first: string, length: number) =>
    Array.from({ length }, (_, index) => String.fromCharCode(first.charCodeAt(0) + index)).join('');
  /** Upper and lower case in turn. */
  const alternate = (text: string) =>
    [...text].map((c, index) => (index % 2 === 0 ? c.toUpperCase() : c)).join('');

  it('short runs with skipped letters or case changes, at least half the steps, mark a placeholder', () => {
    for (const value of [
      `${alternate(`${run('a', 3)}${run('e', 3)}`)}${run('1', 3)}`,
      `${run('a', 4)}${run('1', 4)}`,
      `${run('q', 3)}${run('7', 3)}${run('K', 3)}`,
      `${run('m', 3)}${run('Q', 3)}${run('7', 3)}${run('x', 3)}`,
    ]) {
      expect(isPlaceholder(value), value).toBe(true);
      expect(looksLikeSecretValue(value), value).toBe(false);
    }
  });

  it('a random value with a short run in it, or a run shorter than 8, does not', () => {
    /** Random letters and digits without a step that counts up. */
    const flat = (length: number) => {
      for (;;) {
        const text = plain(length);
        if (
          ![...text].some(
            (c, i) => i > 0 && (c.charCodeAt(0) | 32) - (text.charCodeAt(i - 1) | 32) === 1,
          )
        )
          return text;
      }
    };
    for (const value of [
      `${flat(6)}${run('a', 3)}${flat(6)}`,
      `${flat(5)}${run('4', 4)}${flat(5)}`,
    ]) {
      expect(isPlaceholder(value), value).toBe(false);
      expect(looksLikeSecretValue(value), value).toBe(true);
    }
    expect(isPlaceholder(`${run('a', 3)}${run('1', 3)}`)).toBe(false);
  });

  it('random tokens are not read as typed by hand', () => {
    // Without vowels and x, no example word can occur; only a counting run of six would.
    const consonants = ALNUM.replace(/[aeiouxy]/gi, '');
    /** Whether six characters count up by one (the other test of a counting run). */
    const countsSix = (text: string) => {
      for (let start = 0, run = 1; start + 1 < text.length; start++) {
        run = (text.charCodeAt(start + 1) | 32) - (text.charCodeAt(start) | 32) === 1 ? run + 1 : 1;
        if (run > 5) return true;
      }
      return false;
    };
    for (const [alphabet, length] of [
      ['0123456789abcdef', 32],
      ['0123456789', 16],
      [consonants, 20],
      [consonants, 8],
    ] as const) {
      const values = Array.from({ length: 2000 }, () => randomText(alphabet, length));
      expect(
        values.filter((value) => isPlaceholder(value) && !countsSix(value)),
        alphabet,
      ).toEqual([]);
    }
  });
});

describe('words, identifiers, paths and field lists are not secrets', () => {
  it('letters of any script with only separators between them are no secret', () => {
    for (const value of [
      'Unterschriftsänderung',
      'user_name:password:uid_number:home_dir',
      'lib/tokenize/report_error',
      'vault/payments/stripe-live',
    ]) {
      expect(looksLikeSecretValue(value), value).toBe(false);
    }
  });

  it('a digit or another symbol makes a mixed value', () => {
    for (const value of [
      `${plain(6)}/${plain(5)}7`,
      `Größe${plain(6)}!`,
      `${plain(8)}:${plain(4)}#`,
    ]) {
      expect(looksLikeSecretValue(value), value).toBe(true);
    }
  });
});

describe('references are not secrets', () => {
  it('an absolute file path names where a secret lives', () => {
    for (const value of [
      '/home/ops/deploy-2024',
      '~/.config/app/db-2',
      `/run/secrets/${plain(6)}`,
    ]) {
      expect(looksLikeSecretValue(value), value).toBe(false);
    }
  });

  it('base64 data with a slash in it, or first, is still a secret', () => {
    for (const value of [`/${plain(20)}/${plain(8)}`, `${plain(12)}/${plain(12)}+${plain(3)}=`]) {
      expect(looksLikeSecretValue(value), value).toBe(true);
    }
  });
});

describe('words and shapes of examples', () => {
  it('a value ending in "here" asks for the real one', () => {
    for (const value of [
      'PASTE_ACCESS_KEY_HERE',
      `${plain(10)}Here`,
      'SlackAppConfigurationHere',
    ]) {
      expect(isPlaceholder(value), value).toBe(true);
    }
    const inside = `${plain(8)}here${plain(8)}`;
    expect(isPlaceholder(inside), inside).toBe(false);
  });

  it('a user:password pair with a stock password is an example', () => {
    for (const value of ['test:test', 'user:pass', 'admin:admin', 'root:guest', 'guest:guest@']) {
      expect(isPlaceholder(value), value).toBe(true);
    }
    const real = `deploy:${plain(16)}`;
    expect(isPlaceholder(real), real).toBe(false);
  });

  it('only a leading < or trailing > is a template, so < and > inside a password count', () => {
    for (const value of ['<API_KEY>', '<%= db_pass %>', `${plain(8)}>`]) {
      expect(isPlaceholder(value), value).toBe(true);
    }
    const password = `${plain(6)}<${plain(6)}>${plain(6)}!`;
    expect(isPlaceholder(password), password).toBe(false);
    expect(looksLikeSecretValue(password), password).toBe(true);
  });
});

describe('randomness is the entropy test of looksRandom, without the placeholder test', () => {
  it('a run of one repeated prefix or a flat value is not random enough', () => {
    for (const text of [`${'NR'}AK-`.repeat(8), 'a'.repeat(19), 'ab'.repeat(20)]) {
      expect(randomEnough(text), text).toBe(false);
      expect(looksRandom(text), text).toBe(false);
    }
  });

  it('a short body needs fewer bits per character than a long one', () => {
    // Eight distinct characters: 3 bits each, the threshold of 16 characters and more.
    expect(randomEnough('abcdefgh'.repeat(2))).toBe(true);
    // Four distinct characters in 8 (2 bits each, the threshold for 8 is log2(8) - 1 = 2).
    expect(randomEnough('abcdabcd')).toBe(true);
    expect(randomEnough('abcdabcd'.repeat(2))).toBe(false);
  });

  it('a random value that reads like an example word is random enough, but does not look random', () => {
    const value = `${plain(12)}example${plain(12)}`;
    expect(randomEnough(value)).toBe(true);
    expect(looksRandom(value)).toBe(false);
    const token = plain(32);
    expect(randomEnough(token)).toBe(true);
    expect(looksRandom(token)).toBe(true);
  });
});
