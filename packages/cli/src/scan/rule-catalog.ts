import { KEY_RULES, VALUE_RULES } from '@cavra/contracts-core';

/**
 * What a guard rule looks for, from core's rule tables.
 *
 * @param id A rule id (`value.github-token`, `key.password`).
 * @returns The rule's description (a key rule's reads "A field named for ..."), or the id
 *   itself for a rule the tables do not list.
 */
export function describeRule(id: string): string {
  const value = VALUE_RULES.find((entry) => entry.id === id);
  if (value !== undefined) return value.description;
  const key = KEY_RULES.find((entry) => entry.id === id);
  return key === undefined ? id : `A field named for ${key.description}`;
}
