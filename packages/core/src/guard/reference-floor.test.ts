import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSensitiveMaterial } from './find-sensitive-material.js';
import { matchKeyRule } from './key-rules.js';
import { locateSensitiveText } from './locate-sensitive-text.js';
import { matchValueRule } from './match-value-rule.js';

// The CAVRA reference's guard is the floor (DESIGN.md, "The guard"): its four value
// patterns and nine key parts are flagged wherever they sit, whatever surrounds them.
// Prefixes are split so this file holds no secret-looking literal.

const WORD = '[A-Za-z0-9_]';
/** The reference's value patterns, as generators of matching text. */
const REFERENCE_VALUES: Record<string, fc.Arbitrary<string>> = {
  'value.github-token': fc
    .tuple(
      fc.constantFrom('p', 'o', 'u', 's', 'r'),
      fc.stringMatching(new RegExp(`^${WORD}{20,60}$`)),
    )
    .map(([kind, body]) => `${'gh'}${kind}_${body}`),
  'value.stripe-secret-key': fc
    .tuple(fc.constantFrom('live', 'test'), fc.stringMatching(/^[A-Za-z0-9_]{16,40}$/))
    .map(([mode, body]) => `${'s'}k_${mode}_${body}`),
  'value.slack-token': fc
    .tuple(fc.constantFrom('b', 'a', 'p', 'r', 's'), fc.stringMatching(/^[A-Za-z0-9-]{16,40}$/))
    .map(([kind, body]) => `${'xo'}x${kind}-${body}`),
  'value.private-key-block': fc
    .constantFrom('RSA ', 'EC ', 'DSA ', 'OPENSSH ', 'ENCRYPTED ', '')
    .map((kind) => `${'-'.repeat(5)}BEGIN ${kind}PRIVATE KEY${'-'.repeat(5)}`),
};

/** The reference's key parts. */
const KEY_PARTS = [
  'api_key',
  'authorization',
  'client_secret',
  'password',
  'private_key',
  'secret',
  'signing_key',
  'token',
  'webhook_secret',
];

/**
 * Surrounding text of any kind, ending in anything a token may follow: `_`, `-`, `.`,
 * `/`, `=`, `:`, a letter, `%20`, a quote or a space.
 */
const surrounding = fc
  .tuple(
    fc.string({ maxLength: 30 }),
    fc.constantFrom('', '_', '-', '.', '/', '=', ':', 'x', 'token_', 'key-', 'Bearer%20', '"', ' '),
  )
  .map(([text, joint]) => `${text}${joint}`);

describe('the reference floor', () => {
  it.each(Object.entries(REFERENCE_VALUES))(
    'flags %s in random surrounding text, with its span',
    (rule, values) => {
      fc.assert(
        fc.property(surrounding, values, fc.string({ maxLength: 30 }), (before, value, after) => {
          const text = `${before}${value} ${after}`;
          const found = locateSensitiveText(text).find(
            (span) => span.start <= before.length && span.end > before.length,
          );
          expect(found?.rule).toBe(rule);
          expect(matchValueRule(text)).toBeDefined();
          expect(findSensitiveMaterial({ note: text })).not.toEqual([]);
        }),
        { numRuns: 300 },
      );
    },
  );

  it('flags the nine key parts anywhere in a key, in any case', () => {
    const affix = fc.stringMatching(/^[a-z0-9_]{0,8}$/);
    fc.assert(
      fc.property(
        affix,
        fc.constantFrom(...KEY_PARTS),
        affix,
        fc.boolean(),
        (before, part, after, upper) => {
          const key = `${before}${part}${after}`;
          const written = upper ? key.toUpperCase() : key;
          expect(matchKeyRule(written), written).toBeDefined();
          expect(findSensitiveMaterial({ [written]: 'x' })).toHaveLength(1);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('flags the reference tests own samples', () => {
    expect(matchValueRule(`${'gh'}p_${'1'.repeat(30)}`)?.id).toBe('value.github-token');
    expect(matchValueRule(`${'xo'}xb-${'1'.repeat(20)}`)?.id).toBe('value.slack-token');
    expect(matchValueRule(`${'s'}k_live_abcd_efgh_ijkl_mnop`)?.id).toBe('value.stripe-secret-key');
  });

  it('never flags the contracts own keys', () => {
    for (const key of ['private_validation_required', 'private_modules_required']) {
      expect(matchKeyRule(key)).toBeUndefined();
    }
  });
});
