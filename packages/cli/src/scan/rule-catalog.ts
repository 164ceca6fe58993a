import { KEY_RULES, VALUE_RULES } from '@cavra/contracts-core';

/**
 * What a guard rule looks for, in one sentence built from core's rule tables: a value
 * rule by its name and family (`value.github-token` reads "A github token (source-host
 * credential) in a value"), a key rule by its description.
 *
 * @param id A rule id (`value.github-token`, `key.password`).
 * @returns The sentence, or the id itself for a rule the tables do not list.
 */
export function describeRule(id: string): string {
  const value = VALUE_RULES.find((entry) => entry.id === id);
  if (value !== undefined) {
    const name = value.id.replace(/^value\./, '').replaceAll('-', ' ');
    return `A ${name} (${value.family} credential) in a value`;
  }
  const key = KEY_RULES.find((entry) => entry.id === id);
  return key === undefined ? id : `A field named for ${key.description}`;
}
