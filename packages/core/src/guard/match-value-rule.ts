import { scanText } from './scan-text.js';
import { VALUE_RULES, type ValueRule } from './value-rules.js';

let rulesById: ReadonlyMap<string, ValueRule> | undefined;

/**
 * Finds the value rule a string breaks: the rule of the first credential in it. The
 * string is scanned once by one combined expression (see `locateSensitiveText`).
 *
 * @param value A string from the document (a value, or a key).
 * @returns The rule, or `undefined` when the string carries no credential.
 */
export function matchValueRule(value: string): ValueRule | undefined {
  const [span] = scanText(value, 1);
  if (span === undefined) return undefined;
  rulesById ??= new Map(VALUE_RULES.map((rule) => [rule.id, rule]));
  return rulesById.get(span.rule);
}
