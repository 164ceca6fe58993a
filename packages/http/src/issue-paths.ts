import type { ContractIssue } from '@cavra/contracts-core';

/**
 * Moves a JSON path from one root to another: `rebasePath('payload.summary.blockers[0]',
 * 'payload.summary', 'summary')` is `summary.blockers[0]`. Paths outside `from` are
 * returned unchanged.
 *
 * @param path A JSON path.
 * @param from The root to replace (`''` for the document root).
 * @param to The new root (`''` for the document root).
 * @returns The moved path.
 */
export function rebasePath(path: string, from: string, to: string): string {
  let rest: string;
  if (from === '') rest = path;
  else if (path === from) rest = '';
  else if (path.startsWith(`${from}.`)) rest = path.slice(from.length + 1);
  else if (path.startsWith(`${from}[`)) rest = path.slice(from.length);
  else return path;
  if (to === '') return rest;
  if (rest === '') return to;
  return rest.startsWith('[') ? `${to}${rest}` : `${to}.${rest}`;
}

/**
 * Moves an issue to another path, rewriting the path where its message quotes it (guard
 * messages name the full path, e.g. `sensitive field payload.api_key`).
 *
 * @param issue A contract issue.
 * @param mapPath Maps the path.
 * @returns The moved issue.
 */
export function moveIssue(issue: ContractIssue, mapPath: (path: string) => string): ContractIssue {
  const path = mapPath(issue.path);
  if (path === issue.path || issue.path === '' || path === '') return { ...issue, path };
  return { ...issue, path, message: issue.message.replaceAll(issue.path, path) };
}
