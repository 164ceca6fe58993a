import { VALUE_RULES, type ValueRule } from './value-rules.js';
import { createValueScanner, type ValueScanner } from './value-scanner.js';

let scanner: ValueScanner | undefined;

/**
 * Finds a value rule a string breaks. The string is scanned once for the rules' cues; only
 * the rules cued in it are tested.
 *
 * @param value A string from the document (a value, or a key).
 * @returns The rule, or `undefined` when the string carries no credential.
 */
export function matchValueRule(value: string): ValueRule | undefined {
  scanner ??= createValueScanner(VALUE_RULES);
  return scanner(value);
}
