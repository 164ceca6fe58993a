import { keyRuleIdOf } from './key-rules.js';
import { matchValueRule } from './match-value-rule.js';

/** What the guard makes of an object key that breaks a rule. */
export interface KeyVerdict {
  /** Id of the rule that fired: a key rule, else the value rule the key itself breaks. */
  readonly rule: string;
  /**
   * Whether a path must not show the key: it is itself a credential, or it is not a plain
   * field name (free text such as `my password is ...` may carry what it names).
   */
  readonly redact: boolean;
}

/** A field name a path may show: letters, digits and `_ $ . -`, at most 64 characters. */
const PLAIN_FIELD_NAME = /^[A-Za-z0-9_$.-]{1,64}$/;

/** Keys seen before, with their verdict (`null`: harmless). Documents repeat their keys. */
const verdicts = /* @__PURE__ */ new Map<string, KeyVerdict | null>();
const CACHE_LIMIT = 4096;
/** Longer keys are checked every time rather than kept in memory. */
const CACHED_KEY_LENGTH = 256;

/**
 * Tells whether an object key names secret material (a key rule) or is itself a
 * credential (a value rule). Verdicts are cached, so checking the same keys again is a
 * lookup (keys of up to 256 characters, a few thousand of them).
 *
 * @param key An object key.
 * @returns The verdict, or `undefined` when the key is harmless.
 */
export function classifyKey(key: string): KeyVerdict | undefined {
  const known = verdicts.get(key);
  if (known !== undefined) return known ?? undefined;
  const valueRule = matchValueRule(key);
  const rule = keyRuleIdOf(key) ?? valueRule?.id;
  const verdict =
    rule === undefined
      ? null
      : { rule, redact: valueRule !== undefined || !PLAIN_FIELD_NAME.test(key) };
  if (key.length <= CACHED_KEY_LENGTH) {
    if (verdicts.size >= CACHE_LIMIT) verdicts.clear();
    verdicts.set(key, verdict);
  }
  return verdict ?? undefined;
}
