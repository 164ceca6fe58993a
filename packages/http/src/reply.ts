import { stringifyJsonText } from '@cavra/contracts';
import { ContractError, type ContractIssue } from '@cavra/contracts-core';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { contractViolationBody, type ErrorStatus, errorBody } from './error-body.js';
import {
  findOperation,
  findVersion,
  type OperationEntry,
  type OperationVersion,
} from './operation-registry.js';
import { readJsonBody } from './read-json-body.js';

/**
 * Answers with the one error shape.
 *
 * @param c The Hono context.
 * @param status The HTTP status.
 * @param message One sentence, never quoting the request.
 * @param issues Contract issues, if any.
 * @returns The response.
 */
export function replyError(
  c: Context,
  status: ErrorStatus,
  message: string,
  issues?: readonly ContractIssue[],
): Response {
  return replyJson(c, errorBody(status, message, issues), status);
}

/**
 * Answers JSON with a status. Invisible and direction-changing characters (a key sent with a
 * bidi override, echoed in an issue path) are written as `\uXXXX` escapes, so the answer
 * shows in a terminal or a log as what it holds, and parses to the same value.
 *
 * @param c The Hono context.
 * @param body Any JSON value.
 * @param status The HTTP status; default 200.
 * @returns The response.
 */
export function replyJson(c: Context, body: unknown, status: ContentfulStatusCode = 200): Response {
  return c.body(stringifyJsonText(body), status, { 'Content-Type': 'application/json' });
}

/** The outcome of reading part of a request: the value, or the error answer to give. */
export type Read<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly response: Response };

/**
 * Resolves the `:operation` path parameter, or answers 404 pointing at the list.
 *
 * @param c The Hono context.
 * @returns The operation, or the 404 answer.
 */
export function operationParam(c: Context): Read<OperationEntry> {
  const entry = findOperation(c.req.param('operation') ?? '');
  return entry === undefined
    ? { ok: false, response: replyError(c, 404, 'unknown operation: see GET /v1/operations') }
    : { ok: true, value: entry };
}

/**
 * Resolves the `?version=` query parameter of a route of one operation (default: the newest
 * version), or answers 404 listing the versions the operation publishes.
 *
 * @param c The Hono context.
 * @param entry The operation.
 * @returns The version, or the 404 answer.
 */
export function versionParam(c: Context, entry: OperationEntry): Read<OperationVersion> {
  const version = findVersion(entry, c.req.query('version'));
  if (version !== undefined) return { ok: true, value: version };
  const tags = entry.versions.map((known) => known.tag).join(', ');
  return { ok: false, response: replyError(c, 404, `unknown version: use one of ${tags}`) };
}

/**
 * Reads the JSON body of a POST, or answers 415, 413 or 400.
 *
 * @param c The Hono context.
 * @param maxBytes The body limit.
 * @returns The parsed body, or the error answer.
 */
export async function jsonBody(c: Context, maxBytes: number): Promise<Read<unknown>> {
  const result = await readJsonBody(c.req.raw, maxBytes);
  return result.ok
    ? { ok: true, value: result.value }
    : { ok: false, response: replyError(c, result.status, result.message, result.issues) };
}

/**
 * Runs a contract function and answers with its result, or 422 for a contract error.
 * Any other error propagates to the app's error handler (500).
 *
 * @param c The Hono context.
 * @param status The success status.
 * @param run The contract call.
 * @param mapPath Maps each issue path of a contract error to the HTTP body's terms.
 * @returns The response.
 */
export function replyContract(
  c: Context,
  status: ContentfulStatusCode,
  run: () => unknown,
  mapPath?: (path: string) => string,
): Response {
  try {
    return replyJson(c, run(), status);
  } catch (caught) {
    if (ContractError.isInstance(caught)) {
      return replyJson(c, contractViolationBody(caught, mapPath), 422);
    }
    throw caught;
  }
}
