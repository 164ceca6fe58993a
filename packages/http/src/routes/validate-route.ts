import type { Hono } from 'hono';
import { errorBody } from '../error-body.js';
import { jsonBody, replyJson } from '../reply.js';
import { ROUTES } from '../route-paths.js';
import { validateDocument } from '../validate-document.js';

/**
 * Registers `POST /v1/validate`: any request or response document in, 200
 * `{ valid: true, kind, operation, schema_version }` or 422 `{ valid: false, kind,
 * operation, schema_version, error }` out, the issues listed once, in the usual
 * `error` object (`error.issues`, at most 100, and `error.truncated`).
 *
 * @param app The app.
 * @param maxBodyBytes The body limit.
 */
export function registerValidateRoute(app: Hono, maxBodyBytes: number): void {
  app.post(ROUTES.validate, async (c) => {
    const body = await jsonBody(c, maxBodyBytes);
    if (!body.ok) return body.response;
    const verdict = validateDocument(body.value);
    if (verdict.valid) return replyJson(c, verdict);
    const message =
      verdict.operation === null || verdict.kind === null
        ? 'document is not a known contract document'
        : `invalid ${verdict.operation} ${verdict.kind}`;
    const { issues, truncated, ...rest } = verdict;
    return replyJson(c, { ...rest, ...errorBody(422, message, issues, truncated) }, 422);
  });
}
