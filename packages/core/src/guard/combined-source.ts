import type { ValueRule } from './value-rules.js';

/** A rule's prefix, filed under its anchor character (see `anchorOffset`). */
export interface Anchored {
  readonly prefix: string;
  /** Where the anchor sits in the prefix. */
  readonly offset: number;
  readonly rule: ValueRule;
}

/**
 * Words of which a key an assignment rule reads contains one, in any case (`API_KEY`,
 * `dbPassword`, `x-auth-token`, `sig`). Keyword rules read keys that also name a
 * credential this way (`DATADOG_API_KEY`).
 */
export const KEY_HINTS: readonly string[] = [
  'pass',
  'pwd',
  'secret',
  'token',
  'key',
  'auth',
  'cred',
  'sig',
  'hook',
  'conn',
];

const escapeRegExp = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
/** A letter in either case (`[pP]`), anything else escaped. */
const caseless = (character: string) =>
  character.toUpperCase() === character
    ? escapeRegExp(character)
    : `[${character}${character.toUpperCase()}]`;

/**
 * A regular-expression source matching any of the token sequences, as a trie: sequences
 * sharing a start (or, `backwards`, an end) share its test, so a position is tested
 * once per token of the longest candidate. A token is a regular-expression source.
 */
function tokenTrie(sequences: readonly (readonly string[])[], backwards: boolean): string {
  const groups = new Map<string, string[][]>();
  let empty = false;
  for (const sequence of sequences) {
    if (sequence.length === 0) {
      empty = true;
      continue;
    }
    const token = (backwards ? sequence[sequence.length - 1] : sequence[0]) as string;
    const rest = backwards ? sequence.slice(0, -1) : sequence.slice(1);
    groups.set(token, [...(groups.get(token) ?? []), rest]);
  }
  const branches = [...groups].map(([token, rests]) =>
    backwards ? `${tokenTrie(rests, true)}${token}` : `${token}${tokenTrie(rests, false)}`,
  );
  if (branches.length === 0) return '';
  const body = branches.length === 1 && !empty ? branches[0] : `(?:${branches.join('|')})`;
  return empty ? `${body}?` : (body as string);
}

/**
 * A regular-expression source matching any of the texts, as a trie.
 *
 * @param texts Literal texts.
 * @param backwards Share ends rather than starts (for a look-behind).
 * @param quote How a character is written (escaped by default).
 * @returns The source; empty for no texts.
 */
export function trie(
  texts: readonly string[],
  backwards: boolean,
  quote: (character: string) => string = escapeRegExp,
): string {
  return tokenTrie(
    texts.map((text) => [...text].map(quote)),
    backwards,
  );
}

/**
 * The first characters a body must start with (up to 8 of its first character class),
 * so the combined expression rejects a prefix that no body follows (`sk-sk-sk-`).
 */
function head(body: RegExp | undefined): string {
  const source = body?.source ?? '';
  // A short body with small bounds is tested whole (`[A-Z0-9 ]{0,40}PRIVATE KEY`).
  if (source.length <= 48 && !/\{\d+,(?:\d{3,}|)\}|[*+]/.test(source)) return `(?:${source})`;
  const first = /^(\[(?:\\.|[^\]\\])+\]|\\[wd])\{(\d+)/.exec(body?.source ?? '');
  return first === null ? '' : `${first[1]}{${Math.min(8, Number(first[2]))}}`;
}

/** The last character class or escapeRegExp of a lead, which must precede the prefix. */
function leadTail(lead: RegExp | undefined): string {
  const last = /(\[(?:\\.|[^\]\\])+\]|\\[wd])(?:\{\d+(?:,\d*)?\})?\)\$$/.exec(lead?.source ?? '');
  return last === null ? '' : (last[1] as string);
}

/**
 * Assignment operators, each with a look-behind for a key that names a credential (any
 * key with `anyKey`) right before it: `key=`, `key :=`, `key ?=`, `$key .=`, `key =>`,
 * `var key string =`, `"key":`, `key: `, an XML element `<key>` and a quoted pair
 * `("key", "value")`. `==`, `://` and `::` are not assignments.
 *
 * @param anyKey Whether any key makes an assignment, not only one naming a credential.
 * @returns One source per operator character.
 */
export function operatorSources(anyKey: boolean): string[] {
  const key = anyKey ? '[\\w.$@-]{1,64}' : `${trie(KEY_HINTS, true, caseless)}[\\w.$@-]{0,24}`;
  return [
    `=(?!=)(?<=${key}(?:[ \\t]{1,4}string)?["'\`\\]]?[ \\t]{0,4}[:?.]{0,2}=)`,
    `:(?![/:=])(?<=${key}["'\`]?[ \\t]{0,4}:)`,
    `>(?<=<${key}>)`,
    `,(?<=${key}["'][ \\t]{0,2},)`,
  ];
}

/**
 * The source of the one expression the scanner runs over a text. Every alternative
 * matches exactly one character, an anchor: a prefix's anchor character, with a
 * look-behind for the part of the prefix before it (and the end of a lead) and a
 * look-ahead for the part after it and the start of the body; or an assignment operator
 * with a look-behind for a key naming a credential.
 *
 * @param anchors Prefixes by anchor character code.
 * @param keys Which keys make an assignment: those naming a credential, any key (in a
 *   Kubernetes `Secret`), or none (prefixes only).
 * @returns The source.
 */
export function combinedSource(
  anchors: ReadonlyMap<number, readonly Anchored[]>,
  keys: 'named' | 'any' | 'none',
): string {
  const parts: string[] = [];
  for (const [code, entries] of anchors) {
    const character = escapeRegExp(String.fromCharCode(code));
    // One look-behind per anchor character, a trie over the texts before it read right
    // to left; where a text before it ends (at the prefix's start), a look-ahead tests
    // the prefixes that start there and the start of their bodies.
    const afters = new Map<string, { lead: string; before: string; sequences: string[][] }>();
    for (const { prefix, offset, rule } of entries) {
      const lead = leadTail(rule.lead);
      const before = prefix.slice(0, offset);
      const key = `${lead}\u0000${before}`;
      const group = afters.get(key) ?? { lead, before, sequences: [] };
      const tail = head(rule.body);
      const after = [...prefix.slice(offset + 1)].map(escapeRegExp);
      group.sequences.push(tail === '' ? after : [...after, tail]);
      afters.set(key, group);
    }
    const sequences = [...afters.values()].map(({ lead, before, sequences: rest }) => {
      const look = tokenTrie(rest, false);
      const ahead = `(?=${[...before].map(escapeRegExp).join('')}${character}${look})`;
      return [...(lead === '' ? [] : [lead]), ahead, ...[...before].map(escapeRegExp)];
    });
    // Inside a run of a punctuation character (`____`, `----`) no anchor starts.
    const repeated = /[A-Za-z0-9]/.test(String.fromCharCode(code))
      ? ''
      : `(?<!${character}${character})`;
    parts.push(`${character}${repeated}(?<=${tokenTrie(sequences, true)}${character})`);
  }
  return [...parts, ...(keys === 'none' ? [] : operatorSources(keys === 'any'))].join('|');
}
