import type * as v from 'valibot';
import type { ContractIssue } from '../contract-error.js';
import { formatJsonPath, joinJsonPath, type PathSegment } from '../json-path.js';

/**
 * Converts valibot issues into contract issues: a JSON path and a message that names the
 * field. Messages are written from the expectation, never from the received value.
 *
 * @param issues Issues from `v.safeParse`.
 * @param root JSON path of the parsed value inside a larger document; default the root.
 * @returns The contract issues, in the same order.
 */
export function valibotIssuesToContract(
  issues: readonly v.BaseIssue<unknown>[],
  root = '',
): ContractIssue[] {
  return issues.map((issue) => {
    if ('contractIssue' in issue) return issue.contractIssue as ContractIssue;
    const segments = (issue.path ?? []).map((item) => item.key as PathSegment);
    const path = segments.reduce<string>((at, segment) => joinJsonPath(at, segment), root);
    return {
      path,
      message: `${fieldName(root, segments)} ${describe(issue)}`,
      rule: ruleOf(issue),
    };
  });
}

function describe(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'validation') {
    return issue.message.startsWith('Invalid') ? 'is invalid' : issue.message;
  }
  if (issue.expected === 'never') return 'is not a known field';
  if (issue.received === 'undefined') return 'is required';
  if (issue.type === 'picklist' && !issue.message.startsWith('Invalid')) return issue.message;
  if (issue.type === 'picklist' || issue.type === 'literal') {
    return `must be ${unwrap(issue.expected ?? 'a listed value').replaceAll(' | ', ' or ')}`;
  }
  return `must be ${article(issue.expected ?? 'a different value')}`;
}

function ruleOf(issue: v.BaseIssue<unknown>): string {
  if (issue.expected === 'never') return 'unknown_key';
  if (issue.received === 'undefined' && issue.kind === 'schema') return 'required';
  return issue.type;
}

function article(expected: string): string {
  const lower = expected.toLowerCase();
  if (lower === 'object') return 'an object';
  if (lower === 'array') return 'an array';
  if (/^(string|number|boolean|null)$/.test(lower)) return `a ${lower}`;
  return expected.replaceAll(' | ', ' or ');
}

function unwrap(expected: string): string {
  return expected.startsWith('(') && expected.endsWith(')') ? expected.slice(1, -1) : expected;
}

function fieldName(root: string, segments: readonly PathSegment[]): string {
  let last = segments.length - 1;
  while (last >= 0 && typeof segments[last] === 'number') last--;
  if (last >= 0) return formatJsonPath(segments.slice(last));
  // No key below the root: the root path (or the document) names the field.
  const indices = formatJsonPath(segments);
  return root === '' ? `document${indices}` : `${root}${indices}`;
}
