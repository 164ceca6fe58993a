import { describe, expect, it } from 'vitest';
import { ALNUM, randomText } from '../../test/random-text.js';
import { isPlaceholder, looksLikeSecretValue, looksRandom } from './looks-random.js';

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
    for (const value of ['test:test', 'user:pass', 'admin:admin', 'root:guest']) {
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
