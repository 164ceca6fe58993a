import * as v from 'valibot';
import type { FieldDeclaration } from './declaration.js';

/** A checks list that may name only checks another list of the same object names. */
export interface WithinRule {
  /** The narrower list, e.g. `worker_targets`. */
  readonly field: string;
  /** The list it must stay within, e.g. `required_checks`. */
  readonly within: string;
}

const WITHIN_RULE = Symbol.for('cavra.contracts.within-rule');

/**
 * Tells whether a `v.check` predicate is a `within` rule, and which: JSON Schema cannot say
 * that one array stays within another, so a schema generator leaves such a rule out.
 *
 * @param requirement The predicate of a `v.check` action.
 * @returns The rule, or `undefined` for any other predicate.
 */
export function withinRuleOf(requirement: unknown): WithinRule | undefined {
  if (typeof requirement !== 'function') return undefined;
  return (requirement as { [WITHIN_RULE]?: WithinRule })[WITHIN_RULE];
}

/**
 * Lists the `within` rules of an object's declared fields, in field order.
 *
 * @param fields The object's fields by name (inherited summary fields already resolved).
 * @returns One rule per checks list that declares `within`.
 */
export function withinRulesOf(fields: Readonly<Record<string, FieldDeclaration>>): WithinRule[] {
  const rules: WithinRule[] = [];
  for (const [field, entry] of Object.entries(fields)) {
    if (entry.kind === 'list' && entry.of === 'checks' && entry.within !== undefined) {
      rules.push({ field, within: entry.within });
    }
  }
  return rules;
}

/**
 * Adds `within` rules to an object schema. Each runs once the object is otherwise valid and
 * reports its issue on the narrower list, naming both fields.
 *
 * @param schema The strict object schema.
 * @param rules The rules, from {@link withinRulesOf}.
 * @returns The schema itself when there are no rules, else the schema piped through them.
 */
export function withWithinRules(schema: v.GenericSchema, rules: readonly WithinRule[]) {
  if (rules.length === 0) return schema;
  const checks = rules.map((rule) => {
    const { field, within } = rule;
    const requirement = (object: Record<string, unknown>) =>
      isWithin(object[field], object[within]);
    const message = `must name only checks that ${within} names`;
    const check = v.check(Object.assign(requirement, { [WITHIN_RULE]: rule }), message);
    return v.forward(check, [field] as never);
  });
  return v.pipe(schema as v.GenericSchema<unknown, Record<string, unknown>>, ...checks);
}

function isWithin(list: unknown, outer: unknown): boolean {
  if (!Array.isArray(list) || !Array.isArray(outer)) return true;
  return list.every((item) => outer.includes(item));
}

/**
 * Fills, in a builder's options, each narrower list left out from the list it stays within
 * when that one is given: narrowing `required_checks` alone narrows `worker_targets` with it.
 * Parsers do not do this; a document states both lists or neither.
 *
 * @param options The caller's fields (already copied; changed in place).
 * @param rules The object's rules.
 * @returns The same options.
 */
export function fillWithinFields(
  options: Record<string, unknown>,
  rules: readonly WithinRule[],
): Record<string, unknown> {
  for (const { field, within } of rules) {
    if (options[field] === undefined && options[within] !== undefined) {
      options[field] = options[within];
    }
  }
  return options;
}
