import { describe, expect, it } from 'vitest';
import { ALNUM, randomText } from '../../test/random-text.js';
import { findSensitiveMaterial } from './find-sensitive-material.js';
import { locateSensitiveText } from './locate-sensitive-text.js';
import { matchValueRule } from './match-value-rule.js';

/**
 * Strings built to make a careless pattern backtrack: repeated prefixes, unclosed headers,
 * runs that restart a match at every position. Their scan times are measured in the
 * benchmark (`pnpm bench`); here the results are checked: each scan ends, with the right
 * answer.
 */
export const MIB = 1024 * 1024;

const repeat = (unit: string, length = MIB) =>
  unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

const ADVERSARIAL: Record<string, { readonly text: string; readonly rule: string | undefined }> = {
  // The reference's own pattern: `gh[pousr]_` and 20 or more of `[A-Za-z0-9_]`, whatever they are.
  'repeated ghp_': { text: repeat(`${'gh'}p_`), rule: 'value.github-token' },
  'repeated github_pat_': { text: repeat(`${'github'}_pat_`), rule: undefined },
  'alternating a-': { text: repeat('a-'), rule: undefined },
  'alternating k_': { text: repeat('k_'), rule: undefined },
  // Has the Entra ID secret's shape (3 characters, a digit, Q~, 31 more) but not its
  // randomness: the point is that the scan ends.
  'repeated 1Q~': { text: repeat('a1Q~'), rule: undefined },
  'alternating -=': { text: repeat('-='), rule: undefined },
  'unclosed PEM headers': { text: repeat(`${'-'.repeat(5)}BEGIN `), rule: undefined },
  'PEM header then spaces': { text: `${'-'.repeat(5)}BEGIN ${' '.repeat(MIB)}`, rule: undefined },
  'long eyJ run': { text: repeat('eyJ'), rule: undefined },
  'eyJ run split by dashes': { text: repeat('-eyJ'), rule: undefined },
  'eyJ with dots': { text: repeat('eyJa.'), rule: undefined },
  'a: run after a scheme': { text: `https://${repeat('a:')}`, rule: undefined },
  'a@ run after a scheme': { text: `https://${repeat('a@')}`, rule: undefined },
  'repeated schemes': { text: repeat('a://'), rule: undefined },
  'repeated sk-': { text: repeat(`${'s'}k-`), rule: undefined },
  'repeated sk-ant-': { text: repeat(`${'s'}k-ant-`), rule: undefined },
  '= run': { text: repeat('='), rule: undefined },
  'repeated token=': { text: repeat('token='), rule: undefined },
  'repeated ?token=': { text: repeat('?token='), rule: undefined },
  'repeated password:"': { text: repeat('password:"'), rule: undefined },
  'repeated XML elements': { text: repeat('<password>'), rule: undefined },
  'repeated .eyJ': { text: repeat('.eyJ'), rule: undefined },
  'repeated curl -u': { text: repeat(' -u a:'), rule: undefined },
  'repeated Kubernetes keys': { text: `kind: Secret\n${repeat('a: ')}`, rule: undefined },
  'repeated Bearer': { text: repeat('Bearer '), rule: undefined },
  'underscore run': { text: repeat('_'), rule: undefined },
  'dash run': { text: repeat('-'), rule: undefined },
  'digits before :AA': { text: repeat('1234567:AA'), rule: undefined },
  'uppercase run': { text: repeat('A'), rule: undefined },
  'one letter': { text: repeat('a'), rule: undefined },
  'credential at the end of noise': {
    text: `${repeat('sk-x ', MIB - 40)} ${'np'}m_${randomText(ALNUM, 36)}`,
    rule: 'value.npm-token',
  },
};

describe('adversarial 1 MiB strings end with the right answer', () => {
  it.each(Object.entries(ADVERSARIAL))('%s', (_name, { text, rule }) => {
    expect(text.length).toBeGreaterThanOrEqual(MIB);
    expect(matchValueRule(text)?.id).toBe(rule);
  });

  it('locates the same first finding, and spans in order, apart and inside the text', () => {
    for (const { text, rule } of Object.values(ADVERSARIAL)) {
      const spans = locateSensitiveText(text, 50);
      expect(spans[0]?.rule).toBe(rule);
      let end = 0;
      for (const span of spans) {
        expect(span.start).toBeGreaterThanOrEqual(end);
        expect(span.end).toBeGreaterThan(span.start);
        end = span.end;
      }
      expect(end).toBeLessThanOrEqual(text.length);
    }
  });

  it('as keys and inside documents too', () => {
    const text = ADVERSARIAL['long eyJ run']?.text as string;
    expect(findSensitiveMaterial({ [text]: text, list: [text, text] })).toEqual([]);
  });
});
