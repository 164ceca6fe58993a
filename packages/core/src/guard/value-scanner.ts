import { type Anchored, combinedSource, KEY_HINTS } from './combined-source.js';
import { KEY_RULES } from './key-rules.js';
import type { SensitiveSpan } from './locate-sensitive-text.js';
import { isPlaceholder, looksLikeSecretValue, looksRandom } from './looks-random.js';
import { type Assignment, OPERATOR_CHARACTERS, readAssignment } from './read-assignment.js';
import type { ValueRule } from './value-rules.js';

/** Strings shorter than this carry no credential any value rule can match, and are not scanned. */
export const MIN_SCANNED_LENGTH = 8;

/** Finds the credentials in a text: at most `limit` spans, in text order, not overlapping. */
export type TextScanner = (text: string, limit: number) => SensitiveSpan[];

/** Longest run a lead (the part of a token before its prefix) is searched in. */
const MAX_LEAD = 1024;
/** Characters of a lead. */
const LEAD_CHARACTER = /[\w~.-]/;

/** A key the combined expression's operators accept (see KEY_HINTS). */
const KEY_HINT = new RegExp(KEY_HINTS.join('|'));
/** Fragments of a key that names a credential in a text assignment: KEY_RULES and a few more. */
const CREDENTIAL_KEY = new RegExp(
  [
    ...KEY_RULES.flatMap((rule) => rule.fragments),
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
/** Keys that name what a credential is for rather than hold one (`token_url`, `password_policy`). */
const NOT_A_VALUE_KEY =
  /(?:url|uri|path|file|dir|name|type|ttl|length|count|header|endpoint|policy|format)$/;
/** Metadata keys of a Kubernetes manifest, never `data` entries. */
const MANIFEST_KEY = /^(?:name|namespace|kind|type|apiVersion|app|uid|resourceVersion)$/;
const BASE64 = /^[A-Za-z0-9+/]{6,}={0,2}$/;
const PRINTABLE = /^[\x20-\x7e\t\r\n]+$/;
const KUBERNETES_SECRET = /kind["']?[ \t]{0,4}:[ \t]{0,4}["']?Secret\b/;

/** Whether a text has a lowercase letter and an uppercase letter or digit. */
const mixesCase = (text: string) => /[a-z]/.test(text) && /[A-Z0-9]/.test(text);

const isAlphanumeric = (code: number) =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

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
 * @returns The prefixes, each with its anchor offset and rule.
 */
export function anchorsOf(rules: readonly ValueRule[]): Map<number, Anchored[]> {
  const anchors = new Map<number, Anchored[]>();
  for (const rule of rules) {
    for (const prefix of rule.prefixes) {
      const offset = anchorOffset(prefix);
      const code = prefix.charCodeAt(offset);
      anchors.set(code, [...(anchors.get(code) ?? []), { prefix, offset, rule }]);
    }
  }
  return anchors;
}

/** A prefix index of one anchor character: entries by the text before the anchor. */
interface Bucket {
  /** The lengths of the texts before the anchor, longest first. */
  readonly lengths: readonly number[];
  readonly byBefore: ReadonlyMap<string, readonly Anchored[]>;
}

/**
 * Builds the scanner over a rule table: a prefix index and ONE combined regular
 * expression ({@link combinedSource}) that finds, in a single pass, every place where a
 * prefix or an assignment of a credential-naming key may start. At each such place the
 * index gives the few rules whose prefix is there; their body, boundaries and randomness
 * are checked, or the assignment is read. Each check reads a bounded stretch of text, a
 * rule whose body was rejected is not retried inside that body, and after a finding the
 * scan resumes past it, so the scan is linear in the length of the text.
 *
 * @param rules The rule table.
 * @returns The scanner.
 */
export function createTextScanner(rules: readonly ValueRule[]): TextScanner {
  const anchors = anchorsOf(rules);
  const buckets = new Map<number, Bucket>();
  for (const [code, entries] of anchors) {
    const byBefore = new Map<string, Anchored[]>();
    for (const entry of [...entries].sort((a, b) => b.prefix.length - a.prefix.length)) {
      const before = entry.prefix.slice(0, entry.offset);
      byBefore.set(before, [...(byBefore.get(before) ?? []), entry]);
    }
    const lengths = [...new Set([...byBefore.keys()].map((before) => before.length))];
    buckets.set(code, { lengths: lengths.sort((a, b) => b - a), byBefore });
  }
  const keyed = rules.filter((rule) => rule.keywords.length > 0);
  const keywords = new RegExp(keyed.flatMap((rule) => rule.keywords).join('|'), 'g');
  const index = new Map(rules.map((rule, position) => [rule, position]));
  const named = new RegExp(combinedSource(anchors, 'named'), 'g');
  const prefixesOnly = new RegExp(combinedSource(anchors, 'none'), 'g');
  let anyKey: RegExp | undefined;
  const anyKeyExpression = () => {
    anyKey ??= new RegExp(combinedSource(anchors, 'any'), 'g');
    return anyKey;
  };
  const ruleId = (id: string) => (rules.find((rule) => rule.id === `value.${id}`) as ValueRule).id;
  const assignmentRule = ruleId('credential-assignment');
  const headerRule = ruleId('authorization-header');
  const parameterRule = ruleId('url-credential-parameter');
  const kubernetesRule = ruleId('kubernetes-secret-data');
  /** Per rule, where in the current text its body was last rejected up to. */
  const rejectedUntil = new Int32Array(rules.length);
  /** The rules with an entry in `rejectedUntil`, cleared before the next text. */
  const rejected: number[] = [];

  /** The span of a prefixed rule's credential whose prefix starts at `start`, if any. */
  const prefixed = (
    text: string,
    { prefix, rule }: Anchored,
    start: number,
    /** Where a lead may start at the earliest: after the previous finding and lead check. */
    floor: number,
  ): SensitiveSpan | undefined => {
    const position = index.get(rule) as number;
    if (start < (rejectedUntil[position] as number)) return undefined;
    if (rule.startBoundary && start > 0 && isAlphanumeric(text.charCodeAt(start - 1))) {
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
      const limit = Math.max(floor, start - MAX_LEAD);
      while (runStart > limit && LEAD_CHARACTER.test(text[runStart - 1] as string)) runStart--;
      const match = rule.lead.exec(text.slice(runStart, start));
      if (match === null) return undefined;
      lead = match[0];
    }
    const candidate = text.slice(bodyStart, end);
    if (
      (rule.mixed && !mixesCase(candidate)) ||
      (rule.check === 'random' && !looksRandom(lead + candidate)) ||
      (rule.check === 'placeholder' && isPlaceholder(candidate))
    ) {
      rejectedUntil[position] = end;
      rejected.push(position);
      return undefined;
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
    const value = text.slice(start, end);
    if (/\s/.test(value)) return undefined;
    keywords.lastIndex = 0;
    for (let word = keywords.exec(key); word !== null; word = keywords.exec(key)) {
      for (const candidate of keyed) {
        if (!candidate.keywords.includes(word[0])) continue;
        const body = candidate.body as RegExp;
        body.lastIndex = 0;
        if (body.test(value) && looksRandom(value)) return candidate.id;
      }
    }
    if (CREDENTIAL_KEY.test(key) && !NOT_A_VALUE_KEY.test(key) && looksLikeSecretValue(value)) {
      if (key.includes('authorization')) return headerRule;
      return parameter ? parameterRule : assignmentRule;
    }
    if (kubernetes && text[at] === ':' && isSecretData(assignment.rawKey, value)) {
      return kubernetesRule;
    }
    return undefined;
  };

  const scan = (text: string, limit: number, assignments: boolean): SensitiveSpan[] => {
    const spans: SensitiveSpan[] = [];
    if (text.length < MIN_SCANNED_LENGTH) return spans;
    for (const position of rejected) rejectedUntil[position] = 0;
    rejected.length = 0;
    let floor = 0;
    let leadFloor = 0;
    let assignmentsFrom = 0;
    const kubernetes = assignments && text.includes('Secret') && KUBERNETES_SECRET.test(text);
    const combined = !assignments ? prefixesOnly : kubernetes ? anyKeyExpression() : named;
    combined.lastIndex = 0;
    // Every alternative of the expression matches its one anchor character.
    while (combined.test(text)) {
      const at = combined.lastIndex - 1;
      let span: SensitiveSpan | undefined;
      const bucket = buckets.get(text.charCodeAt(at));
      if (bucket !== undefined) {
        for (const length of bucket.lengths) {
          const start = at - length;
          if (start < floor) continue;
          for (const entry of bucket.byBefore.get(text.slice(start, at)) ?? []) {
            if (!text.startsWith(entry.prefix, start)) continue;
            span = prefixed(text, entry, start, Math.max(floor, leadFloor));
            if (entry.rule.lead !== undefined) leadFloor = start + 1;
            if (span !== undefined && entry.rule.spanFromBody && assignments) {
              span = innermost(span, scan(text.slice(span.start, span.end), 1, false));
            }
            if (span !== undefined) break;
          }
          if (span !== undefined) break;
        }
      }
      if (
        span === undefined &&
        assignments &&
        at >= assignmentsFrom &&
        OPERATOR_CHARACTERS.includes(text[at] as string)
      ) {
        const assignment = readAssignment(text, at, floor);
        // The hit may be a prefix's anchor (`://`) rather than an operator after a key.
        if (assignment !== undefined && (kubernetes || KEY_HINT.test(assignment.key))) {
          assignmentsFrom = assignment.end;
          const rule = assigned(text, at, assignment, kubernetes);
          // A provider format inside the value names the credential better; without one
          // and without a rule, the value holds nothing and the scan resumes past it.
          const found = assignment.end > assignment.start;
          const inner = found ? scan(text.slice(assignment.start, assignment.end), 1, false) : [];
          combined.lastIndex = Math.max(
            at + 1,
            inner.length === 0 && rule === undefined ? assignment.end : 0,
          );
          const whole = { rule: rule ?? '', start: assignment.start, end: assignment.end };
          const named = innermost(whole, inner);
          if (named.rule !== '') span = named;
        }
      }
      if (span === undefined) continue;
      spans.push(span);
      if (spans.length >= limit) break;
      floor = span.end;
      combined.lastIndex = Math.max(span.end, at + 1);
    }
    return spans;
  };

  return (text, limit) => scan(text, limit, true);
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
