import { checkSync, type Diagnostics } from 'recheck';
import { describe, expect, it } from 'vitest';
import { KEY_RULES } from './key-rules.js';
import { VALUE_RULES } from './value-rules.js';
import { combineCues } from './value-scanner.js';

/**
 * Runs recheck: its automaton analysis, which proves a verdict, and where that does not
 * support a construct of the pattern (some look-arounds), its fuzzing analysis.
 */
function diagnose(source: string, flags = ''): Diagnostics {
  const proved = checkSync(source, flags, { checker: 'automaton', timeout: 60_000 });
  if (proved.status !== 'unknown' || proved.error.kind !== 'unsupported') return proved;
  return checkSync(source, flags, { checker: 'fuzz', timeout: 60_000 });
}

const SLOW = 120_000;

describe('recheck tells safe patterns from vulnerable ones', () => {
  it(
    'flags known-bad control patterns',
    () => {
      expect(diagnose('^(a+)+$').status).toBe('vulnerable');
      expect(diagnose('(?:password|token)\\s*=\\s*.*\\s*;', 'i').status).toBe('vulnerable');
      // With look-arounds the fuzzing analysis answers, and catches these too.
      expect(diagnose('(?=a)(?:a|a)*b').status).toBe('vulnerable');
      expect(diagnose('(?<![\\w-])x(?:\\w+)*y').status).toBe('vulnerable');
      // The JWT rule without its look-behind: every `eyJ` inside a run restarts a scan of
      // the run, which is quadratic. The rule's look-behind is what keeps it linear.
      expect(diagnose('\\beyJ[\\w-]{8,}\\.eyJ[\\w-]{8}').status).toBe('vulnerable');
    },
    SLOW,
  );
});

describe('every guard pattern passes the ReDoS check', () => {
  it.each(VALUE_RULES.map((rule) => [rule.id, rule] as const))(
    '%s: pattern and cues',
    (id, rule) => {
      const pattern = diagnose(rule.pattern.source, rule.pattern.flags);
      expect(pattern.status, `${id}: ${JSON.stringify(pattern)}`).toBe('safe');
      for (const cue of rule.cues) {
        const diagnostics = diagnose(cue);
        expect(diagnostics.status, `${id} cue ${cue}`).toBe('safe');
      }
    },
    SLOW,
  );

  it(
    'the combined cue expression the scanner runs over every string',
    () => {
      const diagnostics = diagnose(combineCues(VALUE_RULES));
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
