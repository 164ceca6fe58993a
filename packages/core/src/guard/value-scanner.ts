import { type Anchored, combinedSource, KEY_HINTS } from './combined-source.js';
import { KEY_FRAGMENTS } from './key-rules.js';
import type { SensitiveSpan } from './locate-sensitive-text.js';
import { isPlaceholder, looksLikeSecretValue, looksRandom, randomEnough } from './looks-random.js';
import {
  type Assignment,
  isAlphanumeric,
  OPERATOR_CHARACTERS,
  readAssignment,
} from './read-assignment.js';
import type { ValueRule } from './value-rules.js';
import { nextIgnorableUnit } from './without-ignorable.js';

/** Strings shorter than this carry no credential any value rule can match, and are not scanned. */
export const MIN_SCANNED_LENGTH = 8;

/**
 * Finds the credentials in a text: at most `limit` spans, in text order, not overlapping.
 * Unless the text is known to be `visible` (free of default-ignorable characters), the
 * scan stops at the first code unit that may belong to one and returns `undefined`: the
 * text is then to be read without them (see `withoutIgnorable`).
 */
export type TextScanner = (
  text: string,
  limit: number,
  visible: boolean,
) => readonly SensitiveSpan[] | undefined;

/** The answer for a text without credentials, shared (and frozen: callers only read it). */
const NO_SPANS: readonly SensitiveSpan[] = /* @__PURE__ */ Object.freeze([]);

/**
 * Longest lead (the part of a token before its prefix, `<digits>:AA...`) read whole at
 * every hit; a longer one (a JWT's header) is read only back to the previous lead check.
 */
const SHORT_LEAD = 64;
/** Characters of a lead. */
const LEAD_CHARACTER = /[\w~.-]/;

/** A key the combined expression's operators accept (see KEY_HINTS). */
const KEY_HINT = new RegExp(KEY_HINTS.join('|'));
/** Fragments of a key that names a credential in a text assignment: the key rules' and a few more. */
const CREDENTIAL_KEY = new RegExp(
  [
    ...KEY_FRAGMENTS.flatMap(([, fragments]) => fragments),
    'authkey',
    'appkey',
    'clientkey',
    'accountkey',
    'sharedkey',
    'creds',
    'signature',
    '^sig$',
    '^auth$',
  ].join('|'),
);
/**
 * Keys that name what a credential is for rather than hold one (`token_url`,
 * `password_policy`), or say their value is made up (`nonMatchingToken`, `fakeApiKey`).
 */
const NOT_A_VALUE_KEY =
  /(?:url|uri|path|file|dir|name|type|ttl|length|count|header|endpoint|policy|format|keyid)$|nonmatch|invalid|fake|dummy|example|sample|mock/;
/** Metadata keys of a Kubernetes manifest, never `data` entries. */
const MANIFEST_KEY = /^(?:name|namespace|kind|type|apiVersion|app|uid|resourceVersion)$/;
const BASE64 = /^[A-Za-z0-9+/]{6,}={0,2}$/;
const PRINTABLE = /^[\x20-\x7e\t\r\n]+$/;
const KUBERNETES_SECRET = /kind["']?[ \t]{0,4}:[ \t]{0,4}["']?secret\b/i;

/** Whether a text has a lowercase letter and an uppercase letter or digit. */
const mixesCase = (text: string) => /[a-z]/.test(text) && /[A-Z0-9]/.test(text);

/**
 * Characters the scanner may read itself instead of by its expression, as a table by
 * character code: letters, digits, `_` and `-`. At these the expression's only
 * alternatives are prefixes' anchors, whose look-arounds test less than the checks at a
 * hit (the index, the body, boundaries and lead) except for one: no anchor inside a run of
 * its punctuation character, which the scanner tests too. (Operators and invisible
 * characters are none of these; no rule with a look-behind of its own, see
 * `outsideOwnBody`, is anchored at one: a test checks.)
 */
export const READ_CHARACTERS: Uint8Array = /* @__PURE__ */ (() => {
  const table = new Uint8Array(128);
  for (let code = 0; code < 128; code++) {
    if (isAlphanumeric(code) || code === 95 || code === 45) table[code] = 1;
  }
  return table;
})();

/** A character of a word or a dotted name (`box.ico-…`, a file name or a host). */
const NAME_CHARACTER = /[A-Za-z0-9.]/;
/** Whether text at `index` continues a word or a dotted name. */
const continuesName = (text: string, index: number) => NAME_CHARACTER.test(text[index - 1] ?? '');

/**
 * Characters preferred as anchors, rare in prose. The combined expression skips text
 * fastest when it starts with few distinct characters: these and a few uppercase letters.
 */
const ANCHOR_CHARACTERS = /[-_.:=~!%>,]/;

/**
 * Where a prefix is anchored: its first rare punctuation character that is not next to
 * the same character (inside a run like `-----` no anchor starts, see the combined
 * expression), else its first uppercase letter, else its first character.
 *
 * @param prefix A rule prefix.
 * @returns The offset of the anchor in the prefix.
 */
export function anchorOffset(prefix: string): number {
  for (let offset = 0; offset < prefix.length; offset++) {
    const character = prefix[offset] as string;
    if (
      ANCHOR_CHARACTERS.test(character) &&
      prefix[offset - 1] !== character &&
      prefix[offset + 1] !== character
    ) {
      return offset;
    }
  }
  return Math.max(0, prefix.search(/[A-Z]/));
}

/**
 * The rules' prefixes by anchor character code.
 *
 * @param rules The rule table.
 * @returns The prefixes, each with its anchor offset, rule and position in the table.
 */
export function anchorsOf(rules: readonly ValueRule[]): Map<number, Anchored[]> {
  const anchors = new Map<number, Anchored[]>();
  rules.forEach((rule, position) => {
    for (const prefix of rule.prefixes) {
      const offset = anchorOffset(prefix);
      const code = prefix.charCodeAt(offset);
      anchors.set(code, [...(anchors.get(code) ?? []), { prefix, offset, rule, position }]);
    }
  });
  return anchors;
}

/** A rule's prefix under its anchor. */
interface Candidate extends Anchored {
  /** The part of the prefix after its anchor. */
  readonly after: string;
  /** The code of its first character; -1 for none. */
  readonly next: number;
}

/**
 * The prefix index of one anchor character, read from the anchor backwards: the node
 * reached after reading the `d` characters before the anchor holds the prefixes whose
 * text before the anchor is those characters. A lookup reads each character once and
 * allocates nothing; most nodes have one next character, none more than a few dozen, so
 * they are kept in a list.
 */
interface PrefixNode {
  /** Prefixes whose text before the anchor ends here, longest prefix first. */
  readonly candidates: Candidate[];
  /** The character codes read next, and the node each leads to. */
  readonly codes: number[];
  readonly children: PrefixNode[];
}

const newNode = (): PrefixNode => ({ candidates: [], codes: [], children: [] });

/** The node a character leads to from a node, if any. */
function childOf(node: PrefixNode, code: number): PrefixNode | undefined {
  const { codes } = node;
  for (let index = 0; index < codes.length; index++) {
    if (codes[index] === code) return node.children[index];
  }
  return undefined;
}

/** Whether the text at `start` reads `part`. */
function readsAt(text: string, start: number, part: string): boolean {
  for (let index = 0; index < part.length; index++) {
    if (text.charCodeAt(start + index) !== part.charCodeAt(index)) return false;
  }
  return true;
}

/** What one scan of a text remembers; a scan of a value inside it has its own. */
interface ScanState {
  /** Per rule, where in the current text its body was last rejected up to. */
  readonly rejectedUntil: Int32Array;
  /** The rules with an entry in `rejectedUntil`, cleared before the next text. */
  readonly rejected: number[];
  /** The nodes of the current prefix lookup, by depth. */
  readonly path: PrefixNode[];
  /**
   * Where the text holds the next code unit of an invisible character, as last searched
   * (-1: none after the last search; -2: not searched yet).
   */
  ignorableAt: number;
}

/**
 * Whether the stretch of a text from `from` to `to`, which the expression skips, holds a
 * code unit of an invisible character. The text is searched again only past the last
 * one found, so that it is read once.
 */
function holdsIgnorable(text: string, state: ScanState, from: number, to: number): boolean {
  if (state.ignorableAt !== -1 && state.ignorableAt < from) {
    state.ignorableAt = nextIgnorableUnit(text, from);
  }
  return state.ignorableAt !== -1 && state.ignorableAt < to;
}

/**
 * Builds the scanner over a rule table: a prefix index and ONE combined regular
 * expression ({@link combinedSource}) that finds, in a single pass, every place where a
 * prefix or an assignment of a credential-naming key may start. At each such place the
 * index gives the few rules whose prefix is there; their body, boundaries and randomness
 * are checked, or the assignment is read (its key first, its value only for a key that
 * names a credential). Each check reads a bounded stretch of text, a rule whose body was
 * rejected is not retried inside that body, an assigned value is read once, and after a
 * finding the scan resumes past it, so the scan is linear in the length of the text.
 *
 * @param rules The rule table.
 * @returns The scanner.
 */
export function createTextScanner(rules: readonly ValueRule[]): TextScanner {
  const anchors = anchorsOf(rules);
  /** The index's roots by anchor character code (every anchor is ASCII). */
  const roots: (PrefixNode | undefined)[] = Array.from({ length: 128 }, () => undefined);
  for (const [code, entries] of anchors) {
    const root = newNode();
    roots[code] = root;
    for (const entry of [...entries].sort((a, b) => b.prefix.length - a.prefix.length)) {
      let node = root;
      for (let offset = entry.offset - 1; offset >= 0; offset--) {
        const character = entry.prefix.charCodeAt(offset);
        let next = childOf(node, character);
        if (next === undefined) {
          next = newNode();
          node.codes.push(character);
          node.children.push(next);
        }
        node = next;
      }
      const after = entry.prefix.slice(entry.offset + 1);
      const next = after === '' ? -1 : after.charCodeAt(0);
      node.candidates.push({ ...entry, after, next });
    }
  }
  /** The keyword rules by keyword, in table order. */
  const keyed = new Map<string, ValueRule[]>();
  for (const rule of rules) {
    for (const word of rule.keywords) keyed.set(word, [...(keyed.get(word) ?? []), rule]);
  }
  const keywords = new RegExp([...keyed.keys()].join('|'), 'g');
  const named = new RegExp(combinedSource(anchors, 'named'), 'g');
  const prefixesOnly = new RegExp(combinedSource(anchors, 'none', true), 'g');
  /** Whether a value holds a provider's prefix, well-formed or not. */
  const anyPrefix = new RegExp(combinedSource(anchors, 'none', false));
  let anyKey: RegExp | undefined;
  const anyKeyExpression = () => {
    anyKey ??= new RegExp(combinedSource(anchors, 'any'), 'g');
    return anyKey;
  };
  const newState = (): ScanState => ({
    rejectedUntil: new Int32Array(rules.length),
    rejected: [],
    path: [],
    ignorableAt: -2,
  });
  const outer = newState();
  /** For the rescan of a found span's value, which never nests further. */
  const inner = newState();
  /** Per rule, whether its lead may be longer than SHORT_LEAD (a bound of 3 digits). */
  const longLeads = rules.map((rule) => /\d{3}\}/.test(rule.lead?.source ?? ''));

  /** The span of a prefixed rule's credential whose prefix starts at `start`, if any. */
  const prefixed = (
    text: string,
    { prefix, rule, position }: Candidate,
    start: number,
    /** Where a credential may start at the earliest: after the previous finding. */
    floor: number,
    /** Where a long lead may start at the earliest: after the previous long lead check. */
    leadFloor: number,
    state: ScanState,
  ): SensitiveSpan | undefined => {
    // A credential does not continue a word or a dotted name (before its lead, if any).
    if (rule.startBoundary && rule.lead === undefined && continuesName(text, start)) {
      return undefined;
    }
    const body = rule.body as RegExp;
    const bodyStart = start + prefix.length;
    body.lastIndex = bodyStart;
    if (!body.test(text)) return undefined;
    const end = body.lastIndex;
    if (rule.endBoundary && end < text.length && isAlphanumeric(text.charCodeAt(end))) {
      return undefined;
    }
    let lead = '';
    if (rule.lead !== undefined) {
      let runStart = start;
      // A short lead is read whole, even over an earlier prefix (`a1Q~a1Q~`); a long one
      // only back to the previous lead check, so that a run is read once.
      const limit = Math.max(floor, longLeads[position] ? leadFloor : start - SHORT_LEAD);
      while (runStart > limit && LEAD_CHARACTER.test(text[runStart - 1] as string)) runStart--;
      const match = rule.lead.exec(text.slice(runStart, start));
      if (match === null) return undefined;
      lead = match[0];
      if (rule.startBoundary && continuesName(text, start - lead.length)) return undefined;
    }
    if (rule.mixed || rule.check !== 'always') {
      const candidate = text.slice(bodyStart, end);
      const random = rule.check === 'random';
      const tested = random ? lead + candidate : candidate;
      if (
        (rule.mixed && !mixesCase(candidate)) ||
        // looksRandom's two tests in the other order: a rejected body is most often flat (a
        // run of one repeated prefix), which the entropy, counted in an array, tells sooner.
        (random && !randomEnough(tested)) ||
        (rule.check !== 'always' && isPlaceholder(tested))
      ) {
        // Listed once per text, however often its bodies are rejected.
        if (state.rejectedUntil[position] === 0) state.rejected.push(position);
        state.rejectedUntil[position] = end;
        return undefined;
      }
    }
    return { rule: rule.id, start: rule.spanFromBody ? bodyStart : start - lead.length, end };
  };

  /** The rule an assignment's value breaks, if any. */
  const assigned = (
    text: string,
    at: number,
    assignment: Assignment,
    kubernetes: boolean,
  ): string | undefined => {
    const { key, start, end, parameter } = assignment;
    // No rule reads a value this short (see MIN_SCANNED_LENGTH).
    if (end - start < MIN_SCANNED_LENGTH) return undefined;
    const value = text.slice(start, end);
    if (/\s/.test(value)) return undefined;
    // Keyword rules and credential assignments both need a random-looking value, which is
    // measured only after the cheaper tests of the key and of a keyword rule's body.
    let matched: string | undefined;
    keywords.lastIndex = 0;
    for (let word = keywords.exec(key); word !== null; word = keywords.exec(key)) {
      matched = keyed.get(word[0])?.find((candidate) => {
        const body = candidate.body as RegExp;
        body.lastIndex = 0;
        return body.test(value);
      })?.id;
      if (matched !== undefined) break;
    }
    const credential =
      matched === undefined && CREDENTIAL_KEY.test(key) && !NOT_A_VALUE_KEY.test(key);
    if ((matched !== undefined || credential) && looksRandom(value)) {
      if (matched !== undefined) return matched;
      if (looksLikeSecretValue(value)) {
        if (key.includes('authorization')) return 'value.authorization-header';
        return parameter ? 'value.url-credential-parameter' : 'value.credential-assignment';
      }
    }
    if (kubernetes && text[at] === ':' && isSecretData(assignment.rawKey, value)) {
      return 'value.kubernetes-secret-data';
    }
    return undefined;
  };

  /** Keys an assignment is read for: naming a credential, or any key in a Kubernetes `Secret`. */
  const namedKey = (key: string) => KEY_HINT.test(key);
  const everyKey = () => true;

  const scan = (
    text: string,
    limit: number,
    assignments: boolean,
    state: ScanState,
    visible: boolean,
  ): readonly SensitiveSpan[] | undefined => {
    if (text.length < MIN_SCANNED_LENGTH) return NO_SPANS;
    // Only the expressions with assignments stop at invisible characters (see combinedSource).
    const stops = assignments && !visible;
    // Allocated at the first finding: most texts of a document hold none.
    let spans: SensitiveSpan[] | undefined;
    const { rejected } = state;
    if (rejected.length > 0) {
      for (const position of rejected) state.rejectedUntil[position] = 0;
      rejected.length = 0;
    }
    const { path } = state;
    state.ignorableAt = -2;
    let floor = 0;
    let leadFloor = 0;
    let assignmentsFrom = 0;
    /** The first hit of the prefixes-only expression at or after `prefixFrom`. */
    let prefixFrom = 0;
    let prefixHit = -1;
    const kubernetes = assignments && text.includes('kind') && KUBERNETES_SECRET.test(text);
    const combined = !assignments ? prefixesOnly : kubernetes ? anyKeyExpression() : named;
    /** Where the search for the next hit goes on. */
    let searchFrom = 0;
    /** Up to where the scanner reads characters itself rather than by the expression. */
    let readUntil = 0;
    for (;;) {
      let at = -1;
      // Inside a rejected body, where the expression would stop at every later prefix, the
      // scanner reads the characters itself, taking every anchor for a hit (as the
      // expression only stops at fewer of them, of which the checks at a hit reject no
      // more: see READ_CHARACTERS); it returns to the expression at any other character.
      while (searchFrom < readUntil) {
        const code = text.charCodeAt(searchFrom);
        if (READ_CHARACTERS[code] !== 1) {
          readUntil = searchFrom;
          break;
        }
        // Inside a run of a punctuation character no anchor starts (see combinedSource).
        if (
          roots[code] !== undefined &&
          (isAlphanumeric(code) || text.charCodeAt(searchFrom - 1) !== code)
        ) {
          at = searchFrom;
          break;
        }
        searchFrom++;
      }
      if (at === -1) {
        // Every alternative of the expression matches its one anchor character.
        combined.lastIndex = searchFrom;
        if (!combined.test(text)) break;
        at = combined.lastIndex - 1;
      }
      searchFrom = at + 1;
      const code = text.charCodeAt(at);
      // Every anchor is ASCII: any other hit is a code unit of an invisible character.
      if (code > 0x7f) {
        if (stops) return undefined;
        continue;
      }
      let span: SensitiveSpan | undefined;
      let node = roots[code];
      let depth = 0;
      // Read the text before the anchor backwards along the index, not before `floor`.
      while (node !== undefined) {
        path[depth] = node;
        depth++;
        const before = at - depth;
        node = before >= floor ? childOf(node, text.charCodeAt(before)) : undefined;
      }
      // Longest text before the anchor first, as in the prefix order of the rules.
      const following = text.charCodeAt(at + 1);
      while (span === undefined && depth > 0) {
        depth--;
        const start = at - depth;
        const { candidates } = path[depth] as PrefixNode;
        for (let index = 0; index < candidates.length; index++) {
          const candidate = candidates[index] as Candidate;
          // The index read the prefix up to its anchor.
          const { next } = candidate;
          if (next !== -1 && (next !== following || !readsAt(text, at + 1, candidate.after))) {
            continue;
          }
          const { position } = candidate;
          // A rule whose body was rejected is not retried inside that body.
          if (start >= (state.rejectedUntil[position] as number)) {
            span = prefixed(text, candidate, start, floor, leadFloor, state);
          }
          if (longLeads[position]) leadFloor = start + 1;
          readUntil = Math.max(readUntil, state.rejectedUntil[position] as number);
          if (span !== undefined) {
            if (candidate.rule.spanFromBody && assignments) {
              span = innermost(span, scanInside(text.slice(span.start, span.end)));
            }
            break;
          }
        }
      }
      if (
        span === undefined &&
        assignments &&
        at >= assignmentsFrom &&
        READ_CHARACTERS[code] !== 1 &&
        OPERATOR_CHARACTERS.includes(text[at] as string)
      ) {
        // The hit may be a prefix's anchor (`://`) rather than an operator after a key:
        // the value is read only after a key the operator accepts.
        const assignment = readAssignment(text, at, floor, kubernetes ? everyKey : namedKey);
        if (assignment !== undefined) {
          assignmentsFrom = assignment.end;
          const rule = assigned(text, at, assignment, kubernetes);
          const { start, end } = assignment;
          if (rule !== undefined) {
            // A provider format inside the value names the credential better; a
            // provider's prefix without its format (`sk-ant-…` cut short) is no credential.
            const value = text.slice(start, end);
            const inside = scanInside(value);
            if (inside.length > 0 || !anyPrefix.test(value)) {
              span = innermost({ rule, start, end }, inside);
            }
          } else {
            // Inside the value only a prefix can still be found: without a prefix's anchor
            // in it, the scan resumes past it. The next anchor is looked for again only
            // once the scan has passed the last one found, so the text is read once.
            if (prefixHit < at + 1 || prefixFrom > at + 1) {
              prefixesOnly.lastIndex = at + 1;
              prefixHit = prefixesOnly.test(text) ? prefixesOnly.lastIndex - 1 : text.length;
              prefixFrom = at + 1;
            }
            if (prefixHit >= end) {
              // What the expression skips is read for invisible characters all the same.
              if (stops && holdsIgnorable(text, state, at + 1, end)) return undefined;
              searchFrom = Math.max(at + 1, end);
            }
          }
        }
      }
      if (span === undefined) continue;
      spans ??= [];
      spans.push(span);
      const last = spans.length >= limit;
      const resume = last ? text.length : Math.max(span.end, at + 1);
      if (stops && holdsIgnorable(text, state, at + 1, resume)) return undefined;
      if (last) break;
      floor = span.end;
      searchFrom = resume;
    }
    return spans ?? NO_SPANS;
  };
  /** The first credential inside a found span or an assigned value (never invisible there). */
  const scanInside = (text: string) => scan(text, 1, false, inner, true) ?? NO_SPANS;

  return (text, limit, visible) => scan(text, limit, true, outer, visible);
}

/**
 * The credential a span holds: the first provider credential found inside it (it names
 * the credential better than a context rule or an assignment), else the span itself.
 */
function innermost(span: SensitiveSpan, inner: readonly SensitiveSpan[]): SensitiveSpan {
  const [first] = inner;
  if (first === undefined) return span;
  return { rule: first.rule, start: span.start + first.start, end: span.start + first.end };
}

/** Whether a YAML entry could be a base64 `data` value of a Kubernetes `Secret`. */
function isSecretData(rawKey: string, value: string): boolean {
  if (MANIFEST_KEY.test(rawKey) || value.length % 4 !== 0 || !BASE64.test(value)) return false;
  try {
    return value.length >= 24 || PRINTABLE.test(atob(value));
  } catch {
    return false;
  }
}
