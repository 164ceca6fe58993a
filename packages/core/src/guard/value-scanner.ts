import type { ValueRule } from './value-rules.js';

/** Strings shorter than this carry no credential any value rule can match, and are not scanned. */
export const MIN_SCANNED_LENGTH = 8;

/**
 * After this many cue hits in one string, the scanner stops following cues and tests every
 * rule it has not tried yet once, so a string made of repeated cues costs at most one pass
 * per rule.
 */
const MAX_CUE_HITS = 64;

/** Finds the value rule a string breaks, or `undefined`. */
export type ValueScanner = (value: string) => ValueRule | undefined;

interface CuedRule {
  readonly index: number;
  readonly rule: ValueRule;
  /** The rule's cues that start with this bucket's character, sticky. */
  readonly cues: readonly RegExp[];
}

/**
 * Builds a scanner over a rule table. Instead of running every rule's pattern over every
 * string, it runs one combined regular expression of all cues: each cue starts with a
 * literal character, mostly a rare one (`_`, `-`, `.`, `:`, `=`, `~`, an uppercase letter),
 * so the combined expression skips ordinary text quickly. Where a cue hits, only the
 * rules cued by that character are tested, each at most once per string.
 *
 * The result equals "the string matches some rule's pattern" as long as every match of a
 * pattern contains one of its cues (the tests check this for every rule).
 *
 * @param rules The rule table.
 * @returns The scanner. It returns the first rule, in table order, cued at the earliest
 *   cue in the string whose pattern matches anywhere in it.
 */
export function createValueScanner(rules: readonly ValueRule[]): ValueScanner {
  const buckets: CuedRule[][] = [];
  rules.forEach((rule, index) => {
    const byCharacter = new Map<number, RegExp[]>();
    for (const cue of rule.cues) {
      const code = cueCharacter(cue);
      byCharacter.set(code, [...(byCharacter.get(code) ?? []), new RegExp(cue, 'y')]);
    }
    for (const [code, cues] of byCharacter) {
      buckets[code] ??= [];
      buckets[code].push({ index, rule, cues });
    }
  });
  const prefilter = new RegExp(combineCues(rules), 'g');
  const tried = new Uint32Array(rules.length);
  let generation = 0;

  const testRemaining = (value: string): ValueRule | undefined => {
    for (let index = 0; index < rules.length; index++) {
      const rule = rules[index] as ValueRule;
      if (tried[index] !== generation && rule.pattern.test(value)) return rule;
    }
    return undefined;
  };

  return (value) => {
    if (value.length < MIN_SCANNED_LENGTH) return undefined;
    prefilter.lastIndex = 0;
    let hit = prefilter.exec(value);
    if (hit === null) return undefined;
    if (generation === 0xffffffff) {
      tried.fill(0);
      generation = 0;
    }
    generation++;
    for (let hits = 1; hit !== null; hits++) {
      if (hits > MAX_CUE_HITS) return testRemaining(value);
      const at = hit.index;
      const bucket = buckets[value.charCodeAt(at)];
      if (bucket !== undefined) {
        for (const cued of bucket) {
          if (tried[cued.index] === generation || !cuedAt(cued.cues, value, at)) continue;
          tried[cued.index] = generation;
          if (cued.rule.pattern.test(value)) return cued.rule;
        }
      }
      prefilter.lastIndex = at + 1;
      hit = prefilter.exec(value);
    }
    return undefined;
  };
}

/**
 * The source of the expression that finds every cue of a rule table at once. Cues are
 * grouped by their first character, so each position's character is tested once before
 * any look-around runs, and a punctuation character inside a run of itself is passed over
 * at once.
 *
 * @param rules The rule table.
 * @returns A regular-expression source.
 */
export function combineCues(rules: readonly ValueRule[]): string {
  const tails = new Map<number, string[]>();
  for (const rule of rules) {
    for (const cue of rule.cues) {
      const code = cueCharacter(cue);
      tails.set(code, [...(tails.get(code) ?? []), cue.slice(cue[0] === '\\' ? 2 : 1)]);
    }
  }
  return [...tails]
    .map(([code, group]) => {
      const character = `\\x${code.toString(16).padStart(2, '0')}`;
      // Inside a run of the same punctuation character no cue can start (see ValueRule.cues).
      const runStart = /[A-Za-z0-9]/.test(String.fromCharCode(code))
        ? ''
        : `(?<!${character}${character})`;
      return `${character}${runStart}(?:${group.join('|')})`;
    })
    .join('|');
}

function cuedAt(cues: readonly RegExp[], value: string, at: number): boolean {
  for (const cue of cues) {
    cue.lastIndex = at;
    if (cue.test(value)) return true;
  }
  return false;
}

/**
 * The character a cue starts with: a literal character, or a punctuation character
 * escaped with a backslash.
 *
 * @param cue A cue source.
 * @returns The character code.
 * @throws {Error} when the cue does not start with one literal ASCII character.
 */
export function cueCharacter(cue: string): number {
  const escaped = cue[0] === '\\';
  const first = escaped ? cue[1] : cue[0];
  const literal = escaped ? /^[^\w\s]$/ : /^[^\\[\](){}|^$*+?.]$/;
  if (first === undefined || !literal.test(first) || first.charCodeAt(0) > 127) {
    throw new Error(`a cue must start with one literal ASCII character: ${cue}`);
  }
  return first.charCodeAt(0);
}
