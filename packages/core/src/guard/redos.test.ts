import { checkSync, type Diagnostics } from 'recheck';
import { describe, expect, it } from 'vitest';
import { combinedSource } from './combined-source.js';
import { KEY_RULES } from './key-rules.js';
import { VALUE_RULES } from './value-rules.js';
import { anchorsOf } from './value-scanner.js';

/**
 * Runs recheck: its automaton analysis, which proves a verdict, and where that does not
 * support a construct of the pattern (some look-arounds), its fuzzing analysis.
 */
function diagnose(source: string, flags = ''): Diagnostics {
  const proved = checkSync(source, flags, { checker: 'automaton', timeout: 60_000 });
  if (proved.status !== 'unknown' || proved.error.kind !== 'unsupported') return proved;
  return checkSync(source, flags, { checker: 'fuzz', timeout: 60_000 });
}

const SLOW = 300_000;

describe('recheck tells safe patterns from vulnerable ones', () => {
  it(
    'flags known-bad control patterns',
    () => {
      expect(diagnose('^(a+)+$').status).toBe('vulnerable');
      expect(diagnose('(?:password|token)\\s*=\\s*.*\\s*;', 'i').status).toBe('vulnerable');
      // With look-arounds the fuzzing analysis answers, and catches these too.
      expect(diagnose('(?=a)(?:a|a)*b').status).toBe('vulnerable');
      expect(diagnose('(?<![\\w-])x(?:\\w+)*y').status).toBe('vulnerable');
      // A JWT pattern that scans from every `eyJ` of a run is quadratic; the scanner
      // anchors on the payload's `.eyJ` and reads the header back once instead.
      expect(diagnose('\\beyJ[\\w-]{8,}\\.eyJ[\\w-]{8}').status).toBe('vulnerable');
    },
    SLOW,
  );
});

describe('every guard pattern passes the ReDoS check', () => {
  it.each(
    VALUE_RULES.filter((rule) => rule.body !== undefined).map((rule) => [rule.id, rule] as const),
  )(
    '%s: body and lead',
    (id, rule) => {
      for (const pattern of [rule.body, rule.lead]) {
        if (pattern === undefined) continue;
        const diagnostics = diagnose(pattern.source);
        expect(diagnostics.status, `${id}: ${JSON.stringify(diagnostics)}`).toBe('safe');
      }
    },
    SLOW,
  );

  it.each([
    ['named', true],
    ['any', true],
    ['none', true],
    ['none', false],
  ] as const)(
    'the combined expression the scanner runs over every text (keys: %s, strict: %s)',
    (keys, strict) => {
      const diagnostics = diagnose(combinedSource(anchorsOf(VALUE_RULES), keys, strict));
      expect(diagnostics.status, JSON.stringify(diagnostics)).toBe('safe');
    },
    SLOW,
  );

  it('key rules use no regular expressions but plain fragments', () => {
    for (const rule of KEY_RULES) {
      for (const fragment of rule.fragments) expect(fragment).toMatch(/^[a-z0-9]+$/);
    }
  });
});
