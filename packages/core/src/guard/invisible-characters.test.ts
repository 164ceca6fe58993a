import { describe, expect, it } from 'vitest';
import { findSensitiveMaterial } from './find-sensitive-material.js';
import { locateSensitiveText } from './locate-sensitive-text.js';

/** Built at run time: a GitHub token, an AWS key id and a Slack bot token. */
const tokens = {
  'value.github-token': () => `${'gh'}p_${'aB3dE5fG7h'.repeat(4).slice(0, 36)}`,
  'value.aws-access-key-id': () => `${'AK'}IA${'Q7ZK2M5XW3PJ6NRT'}`,
  'value.slack-token': () => `${'xo'}xb-${'2'.repeat(12)}-${'aB3dE5fG7h'.repeat(3)}`,
};

/**
 * Default-ignorable characters: soft hyphen, combining grapheme joiner, Arabic letter mark,
 * Hangul filler, Mongolian vowel separator, left-to-right and right-to-left marks, function
 * application, halfwidth Hangul filler, variation selector 16 and a tag letter.
 */
const INVISIBLE = [
  '\u00ad',
  '\u034f',
  '\u061c',
  '\u115f',
  '\u180e',
  '\u200e',
  '\u200f',
  '\u2061',
  '\uffa0',
  '\ufe0f',
  '\u{e0041}',
];

describe('the guard reads a credential through invisible characters', () => {
  for (const [rule, token] of Object.entries(tokens)) {
    it(`finds ${rule} with an invisible character inside it, at any position`, () => {
      const value = token();
      for (const invisible of INVISIBLE) {
        for (const at of [1, 4, value.length - 1]) {
          const hidden = `${value.slice(0, at)}${invisible}${value.slice(at)}`;
          const findings = findSensitiveMaterial({ note: `see ${hidden} soon` });
          expect(findings.map((finding) => finding.rule)).toEqual([rule]);
          expect(findings[0]?.path).toBe('note');
        }
      }
    });
  }

  it('maps a span back onto the text as given, invisible characters included', () => {
    const value = tokens['value.github-token']();
    const hidden = `${value.slice(0, 3)}\u00ad${value.slice(3, 10)}\u{e0041}\u200e${value.slice(10)}`;
    const text = `a\u200b b ${hidden} c`;
    const spans = locateSensitiveText(text);
    expect(spans).toEqual([{ rule: 'value.github-token', start: 5, end: 5 + hidden.length }]);
    expect(text.slice(spans[0]?.start, spans[0]?.end)).toBe(hidden);
  });

  it('leaves prose with invisible characters alone', () => {
    const texts = [
      'hyphen\u00adation of a long word',
      'family \u{1f468}\u200d\u{1f469}\u200d\u{1f467} emoji',
      'right\u200fto\u200eleft marks',
      'heart \u2764\ufe0f variation',
    ];
    for (const text of texts) {
      expect(findSensitiveMaterial({ text })).toEqual([]);
      expect(locateSensitiveText(text)).toEqual([]);
    }
  });
});
