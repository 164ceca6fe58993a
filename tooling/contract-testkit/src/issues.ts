import { ContractError, type ContractIssue, type ContractResult } from '@cavra/contracts-core';
import { expect } from 'vitest';

/**
 * Runs a function that must throw a `ContractError` and returns the error.
 *
 * @param run The call expected to fail.
 * @returns The contract error.
 * @throws {Error} when nothing or something else is thrown.
 */
export function captureContractError(run: () => unknown): ContractError {
  try {
    run();
  } catch (caught) {
    if (ContractError.isInstance(caught)) return caught;
    throw new Error(`expected a ContractError, got ${String(caught)}`);
  }
  throw new Error('expected a ContractError, but the call succeeded');
}

/**
 * The name a message must use for the field at a JSON path: its last key with any indices
 * after it (`payload.summary.blockers[2]` → `blockers[2]`), or `document` for the root.
 *
 * @param path A JSON path.
 * @returns The field name.
 */
export function fieldNameOf(path: string): string {
  if (path === '') return 'document';
  const match = /([A-Za-z_$][\w$]*)((?:\[\d+\])*)$/.exec(path);
  return match ? `${match[1]}${match[2]}` : path;
}

/**
 * Asserts that an error lists an issue at a path whose message names the field, and
 * returns that issue.
 *
 * @param error The contract error.
 * @param path The JSON path expected.
 * @returns The issue.
 */
export function expectIssueAt(error: ContractError, path: string): ContractIssue {
  const issue = error.issues.find((candidate) => candidate.path === path);
  expect(issue, `an issue at "${path}" among ${JSON.stringify(error.issues)}`).toBeDefined();
  const found = issue as ContractIssue;
  expect(found.message).toContain(fieldNameOf(path));
  expect(error.message).toContain(path === '' ? '(document)' : path);
  return found;
}

/**
 * Asserts that a call throws a `ContractError` with an issue at a path naming its field.
 *
 * @param run The call expected to fail.
 * @param path The JSON path expected.
 * @returns The issue.
 */
export function expectRejectedAt(run: () => unknown, path: string): ContractIssue {
  return expectIssueAt(captureContractError(run), path);
}

/**
 * Asserts that a safe-parse result is a failure with an issue at a path naming its field.
 *
 * @param result The result.
 * @param path The JSON path expected.
 * @returns The issue.
 */
export function expectFailureAt(result: ContractResult<unknown>, path: string): ContractIssue {
  expect(result.success).toBe(false);
  if (result.success) throw new Error('unreachable');
  expect(result.issues).toEqual(result.error.issues);
  return expectIssueAt(result.error, path);
}

/**
 * Asserts that neither an error's message nor any of its issues quotes a value.
 *
 * @param error The contract error.
 * @param value The value that must not appear (a secret).
 */
export function expectNotEchoed(error: ContractError, value: string): void {
  expect(error.message).not.toContain(value);
  expect(JSON.stringify(error.issues)).not.toContain(value);
}
