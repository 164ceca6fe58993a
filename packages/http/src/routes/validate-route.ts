import type { Hono } from 'hono';
import { errorBody } from '../error-body.js';
import { jsonBody, replyJson } from '../reply.js';
import { ROUTES } from '../route-paths.js';
import { validateDocument } from '../validate-document.js';

/**
 * Registers `POST /v1/validate`: any request or response document in, 200
 * `{ valid: true, kind, operation, schema_version }` or 422 `{ valid: false, kind,
 * operation, schema_version, issues, error }` out. The 422 answer carries the usual
 * `error` object too, so clients that read only the error shape still see the issues.
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
    return replyJson(c, { ...verdict, ...errorBody(422, message, verdict.issues) }, 422);
  });
}
