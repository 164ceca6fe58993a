import { describe, expect, it } from 'vitest';
import { ADVERSARIAL_INPUTS, MIB } from '../../test/adversarial-inputs.js';
import { findSensitiveMaterial } from './find-sensitive-material.js';
import { locateSensitiveText } from './locate-sensitive-text.js';
import { matchValueRule } from './match-value-rule.js';

// Strings built to make a careless pattern backtrack (test/adversarial-inputs.ts). Their
// scan times are measured in the benchmark (`pnpm bench`); here the results are checked:
// each scan ends, with the right answer.

describe('adversarial 1 MiB strings end with the right answer', () => {
  it.each(Object.entries(ADVERSARIAL_INPUTS))('%s', (_name, { text, rule }) => {
    expect(text.length).toBeGreaterThanOrEqual(MIB);
    expect(matchValueRule(text)?.id).toBe(rule);
  });

  it('locates the same first finding, and spans in order, apart and inside the text', () => {
    for (const { text, rule } of Object.values(ADVERSARIAL_INPUTS)) {
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
    const text = ADVERSARIAL_INPUTS['long eyJ run']?.text as string;
    expect(findSensitiveMaterial({ [text]: text, list: [text, text] })).toEqual([]);
  });
});
