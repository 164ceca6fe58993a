import type { ValueRule } from './value-rules.js';
import { ignorableUnitClass } from './without-ignorable.js';

/** A rule's prefix, filed under its anchor character (see `anchorOffset`). */
export interface Anchored {
  readonly prefix: string;
  /** Where the anchor sits in the prefix. */
  readonly offset: number;
  readonly rule: ValueRule;
  /** The rule's position in the table. */
  readonly position: number;
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
 * A rule's start boundary (no letter, digit or `.` before the prefix) and end boundary (no
 * letter or digit after the body).
 */
const NOT_BEFORE = '(?<![A-Za-z0-9.])';
const NOT_AFTER = '(?![A-Za-z0-9])';

/** Quantifiers up to this bound are tested whole in a body's head; larger ones at their minimum. */
const HEAD_BOUND = 256;
/** A body's atom (a class, an escape or a literal) and its quantifier. */
const ATOM = /(\[(?:\\.|[^\]\\])+\]|\\.|[^\\[\](){}|?*+])(?:\{(\d+)(?:,(\d*))?\}|(\?)|([*+]))?/y;

/**
 * What a body must start with, so the combined expression rejects a prefix that no body
 * follows (`sk-sk-sk-`, `sk-ant-sk-ant-`): a body of small bounds whole
 * (`[A-Z0-9 ]{0,40}PRIVATE KEY`), `strict`ly with the rule's end boundary (`AKIAAKIA…` has
 * none), else its leading atoms while their bounds are small, and
 * the first atom with a large bound at its minimum, at most 8 (`[a-z]{2,12}\d{2}-[\w-]{8}`),
 * `strict`ly at most 16.
 */
function head({ body, endBoundary }: ValueRule, strict: boolean): string {
  const source = body?.source ?? '';
  if (source.length <= 48 && !/\{\d+,(?:\d{3,}|)\}|[*+]/.test(source)) {
    return `(?:${source})${strict && endBoundary ? NOT_AFTER : ''}`;
  }
  // A head is only what every match starts with: not after an alternation at the top.
  if (/^(?:[^\\(|]|\\.)*\|/.test(source)) return '';
  let taken = '';
  ATOM.lastIndex = 0;
  while (ATOM.lastIndex < source.length) {
    const match = ATOM.exec(source);
    if (match === null) break;
    const [, atom, least, most, optional, repeated] = match as unknown as (string | undefined)[];
    if (repeated !== undefined) {
      if (repeated === '+') taken += atom;
      break;
    }
    if (optional !== undefined || least === undefined) {
      taken += match[0];
      continue;
    }
    const small =
      most === undefined ? Number(least) <= HEAD_BOUND : most !== '' && Number(most) <= HEAD_BOUND;
    // The last atom tells apart no more at its full count than at its minimum.
    if (small && ATOM.lastIndex < source.length) {
      taken += match[0];
      continue;
    }
    const minimum = Math.min(strict ? 16 : 8, Number(least));
    if (minimum > 0) taken += `${atom}{${minimum}}`;
    break;
  }
  return taken === '' ? '' : `(?:${taken})`;
}

/**
 * The last character class or escape of a lead, which must precede the prefix; `strict`ly
 * at its least count, up to 32 (`\d{6}`, `[A-Za-z0-9]{29}`).
 */
function leadTail(lead: RegExp | undefined, strict: boolean): string {
  const last = /(\[(?:\\.|[^\]\\])+\]|\\[wd])(?:\{(\d+)(?:,\d*)?\})?\)\$$/.exec(lead?.source ?? '');
  if (last === null) return '';
  return `${last[1]}${strict && last[2] ? `{${Math.min(32, Number(last[2]))}}` : ''}`;
}

/**
 * Assignment operators, each with a look-behind for a key that names a credential right
 * before it: `key=`, `key :=`, `key ::=`, `key :::=`, `key ?=`, `key +=`, `$key .=`,
 * `key =>`, `var key string =`, `"key":` (also JSON escaped in a string, `\"key\":`),
 * `key: `, an XML element `<fooKey>` and a pair `("key", "value")` or `key,value`. `==`,
 * `://` and `::` are not assignments. With `anyKey` (in a Kubernetes `Secret`), also
 * `key: ` after any key, where the value starts like base64 data.
 *
 * @param anyKey Whether any key makes a `key: ` entry with a base64-like value.
 * @returns The sources, one per operator and form.
 */
function operatorSources(anyKey: boolean): string[] {
  // Lazy: a look-behind only needs some key, and the nearest one is found first.
  const key = `${trie(KEY_HINTS, true, caseless)}[\\w.$@-]{0,24}?`;
  return [
    `=(?!=)(?<=${key}(?:[ \\t]{1,4}string)?["'\`\\]]?[ \\t]{0,4}[:?.+]{0,3}=)`,
    `:(?![/:=])(?<=${key}\\\\?["'\`]?[ \\t]{0,4}:)`,
    `>(?<=${key}>)(?<=<[\\w.$@:-]{1,64}>)`,
    `,(?<=${key}["'][ \\t]{0,2},)`,
    `,(?=[\\w+/=.-]{8})(?<=${key},)`,
    ...(anyKey
      ? [
          `:(?=[ \\t]{0,4}(?:[|>][-+]?[ \\t]{0,8}\\r?\\n[ \\t]{1,16})?["']?[A-Za-z0-9+/]{8})(?<=[\\w.$@-]{1,64}?["'\`]?[ \\t]{0,4}:)`,
        ]
      : []),
  ];
}

/**
 * For a rule with a lead whose body is one character class holding its prefix (`Q~` then
 * 31 to 34 of `[\w~.-]`): a look-behind that keeps the prefix from starting inside the
 * reach of an earlier one with a whole lead, whose body would hold it. Such a prefix is not
 * retried inside an earlier body anyway (the scanner skips a rejected body, and resumes past
 * a finding); this keeps a run like `a1Q~a1Q~...` from stopping the expression at every
 * prefix.
 * Empty for any other rule.
 *
 * @param prefix One of the rule's prefixes.
 * @param rule The rule.
 * @returns The look-behind's source, or `''`.
 */
export function outsideOwnBody(prefix: string, rule: ValueRule): string {
  const single = /^(\[(?:\\.|[^\]\\])+\])\{\d+,(\d+)\}$/.exec(rule.body?.source ?? '');
  if (rule.lead === undefined || single === null) return '';
  const [, characters, most] = single as unknown as [string, string, string];
  if (!new RegExp(`^${characters}+$`).test(prefix)) return '';
  // The whole lead, not only its last class: an earlier prefix without a full lead before it
  // (`4Q~9Q~…`, where `4Q~9` is the lead of the second) is no credential, so it hides nothing.
  const lead = rule.lead.source.slice(0, -'$'.length);
  return `(?<!${lead}${escapeRegExp(prefix)}${characters}{0,${Number(most) - 1}}?)`;
}

/**
 * The source of the one expression the scanner runs over a text. Every alternative
 * matches exactly one character, an anchor: a prefix's anchor character, with a
 * look-behind for the part of the prefix before it (and the end of a lead) and a
 * look-ahead for the part after it and the start of the body; or an assignment operator
 * with a look-behind for a key naming a credential.
 *
 * A `strict` expression also checks more of what the scanner checks at a prefix anyway,
 * so that it stops less (in runs like `AIzaAIza…`, `AKIAAKIA…`, `_mmk_mmk…`): the rule's
 * start and end boundaries, the least length of a lead's last part and more of the body.
 * A loose one tells whether a text holds a provider's prefix, well-formed or not.
 *
 * With keys (the expression run over a whole text), one more alternative matches any code
 * unit of a default-ignorable character ({@link ignorableUnitClass}), at which the scanner
 * turns to the text without them: a text that holds none is read once, by this expression.
 *
 * @param anchors Prefixes by anchor character code.
 * @param keys Which keys make an assignment: those naming a credential, any key (in a
 *   Kubernetes `Secret`), or none (prefixes only).
 * @param strict Whether to check more at a prefix; by default with keys.
 * @returns The source.
 */
export function combinedSource(
  anchors: ReadonlyMap<number, readonly Anchored[]>,
  keys: 'named' | 'any' | 'none',
  strict = keys !== 'none',
): string {
  const parts: string[] = [];
  for (const [code, entries] of anchors) {
    const character = escapeRegExp(String.fromCharCode(code));
    // One look-behind per anchor character, a trie over the texts before it read right
    // to left; where a text before it ends (at the prefix's start), a look-ahead tests
    // the prefixes that start there and the start of their bodies.
    const afters = new Map<
      string,
      { lead: string; before: string; outside: string; sequences: string[][] }
    >();
    for (const { prefix, offset, rule } of entries) {
      const lead = leadTail(rule.lead, strict);
      const before = prefix.slice(0, offset);
      // A start boundary is checked before the lead, if any, by the scanner; without a
      // lead, here, before the look-ahead over the body.
      const bounded = strict && rule.startBoundary && rule.lead === undefined;
      const outside = `${bounded ? NOT_BEFORE : ''}${outsideOwnBody(prefix, rule)}`;
      const key = `${lead}\u0000${before}\u0000${outside}`;
      const group = afters.get(key) ?? { lead, before, outside, sequences: [] };
      const tail = head(rule, strict);
      const after = [...prefix.slice(offset + 1)].map(escapeRegExp);
      group.sequences.push(tail === '' ? after : [...after, tail]);
      afters.set(key, group);
    }
    const sequences = [...afters.values()].map(({ lead, before, outside, sequences: rest }) => {
      const look = tokenTrie(rest, false);
      // Inside a look-behind, read right to left: the cheap `outside` test comes first.
      const ahead = `(?=${[...before].map(escapeRegExp).join('')}${character}${look})${outside}`;
      return [...(lead === '' ? [] : [lead]), ahead, ...[...before].map(escapeRegExp)];
    });
    // Inside a run of a punctuation character (`____`, `----`) no anchor starts.
    const repeated = /[A-Za-z0-9]/.test(String.fromCharCode(code))
      ? ''
      : `(?<!${character}${character})`;
    parts.push(`${character}${repeated}(?<=${tokenTrie(sequences, true)}${character})`);
  }
  const whole = keys === 'none' ? [] : [...operatorSources(keys === 'any'), ignorableUnitClass()];
  return [...parts, ...whole].join('|');
}
