import type { ContractError, ContractIssue } from '@cavra/contracts-core';
import { moveIssue } from './issue-paths.js';

/** The machine-readable code of each error answer, by HTTP status. */
export const ERROR_CODES = {
  400: 'malformed_json',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'contract_violation',
  500: 'internal_error',
  503: 'service_unavailable',
} as const;

/** An HTTP status this API answers errors with. */
export type ErrorStatus = keyof typeof ERROR_CODES;

/** One error code. */
export type ErrorCode = (typeof ERROR_CODES)[ErrorStatus];

/**
 * The one shape of every error answer: `{ "error": { code, message, issues?, truncated? } }`.
 * `issues` lists at most 100 issues; `truncated` counts those left out, when there are any.
 */
export interface ErrorBody {
  readonly error: {
    readonly code: ErrorCode;
    readonly message: string;
    readonly issues?: readonly ContractIssue[];
    readonly truncated?: number;
  };
}

/**
 * Builds the body of an error answer. Messages are written by this package or taken
 * from a `ContractError`; neither ever quotes the request body.
 *
 * @param status The HTTP status; it picks the code.
 * @param message One human sentence.
 * @param issues Contract issues, for 422 answers: at most 100, as a `ContractError` keeps them.
 * @param truncated How many issues were left out of `issues`; shown when above 0.
 * @returns The error body.
 */
export function errorBody(
  status: ErrorStatus,
  message: string,
  issues?: readonly ContractIssue[],
  truncated = 0,
): ErrorBody {
  if (issues === undefined) return { error: { code: ERROR_CODES[status], message } };
  const listed = issues.map(copyIssue);
  const error = { code: ERROR_CODES[status], message, issues: listed };
  return { error: truncated > 0 ? { ...error, truncated } : error };
}

/** Copies an issue into a plain object, keeping only its documented keys. */
function copyIssue(issue: ContractIssue): ContractIssue {
  return issue.rule === undefined
    ? { path: issue.path, message: issue.message }
    : { path: issue.path, message: issue.message, rule: issue.rule };
}

/**
 * Builds the 422 body of a contract error: its one-line summary and its issues, with
 * each issue path optionally moved (to name the field of the HTTP body rather than of
 * the built document).
 *
 * @param error The contract error.
 * @param mapPath Maps each issue path; default unchanged.
 * @returns The error body.
 */
export function contractViolationBody(
  error: ContractError,
  mapPath: (path: string) => string = (path) => path,
): ErrorBody {
  const summary = error.message.split('\n', 1)[0] ?? 'contract violation';
  const issues = error.issues.map((issue) => moveIssue(issue, mapPath));
  return errorBody(422, summary, issues, error.truncated);
}
