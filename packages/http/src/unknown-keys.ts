import { type ContractIssue, joinJsonPath } from '@cavra/contracts-core';

/** Most unknown fields reported one by one; the rest are counted in one last issue. */
export const MAX_REPORTED_UNKNOWN_KEYS = 10;

/**
 * Reports the keys of a body that are not among the known ones. At most
 * {@link MAX_REPORTED_UNKNOWN_KEYS} are named, so a body of many keys cannot make an
 * answer larger than itself. Run the sensitive-material guard first: keys are quoted.
 *
 * @param keys The body's keys.
 * @param isKnown Tells whether a key is known.
 * @param known What the body takes, for the message (e.g. `the body takes request, summary, status`).
 * @returns The issues; empty when every key is known.
 */
export function unknownKeyIssues(
  keys: readonly string[],
  isKnown: (key: string) => boolean,
  known?: string,
): ContractIssue[] {
  const unknown = keys.filter((key) => !isKnown(key));
  const issues: ContractIssue[] = unknown.slice(0, MAX_REPORTED_UNKNOWN_KEYS).map((key) => {
    const path = joinJsonPath('', key);
    return {
      path,
      message: `${path} is not a known field${known === undefined ? '' : `: ${known}`}`,
      rule: 'unknown_key',
    };
  });
  const more = unknown.length - MAX_REPORTED_UNKNOWN_KEYS;
  if (more > 0) {
    issues.push({
      path: '',
      message: `${more} more unknown ${more === 1 ? 'field' : 'fields'}`,
      rule: 'unknown_key',
    });
  }
  return issues;
}
