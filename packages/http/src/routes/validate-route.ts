import type { Hono } from 'hono';
import { errorBody } from '../error-body.js';
import { readJsonBody } from '../read-json-body.js';
import { replyError, replyJson } from '../reply.js';
import { ROUTES } from '../route-paths.js';
import { unreadableVerdict, validateDocument } from '../validate-document.js';

/**
 * Registers `POST /v1/validate`: a request, a response or a `{request, response}` pair in,
 * core's one verdict shape out (`{ valid, kind, operation, schema_version, issues }`, as
 * `cavra-contracts validate --json` prints it): 200 when valid, 422 with the usual `error`
 * object too when not. A body that is not JSON answers 400 with the same verdict shape (rule
 * `malformed_json`) beside the `error` object; one whose JSON text holds a key twice or nests
 * too deep answers 422 in that shape too (rule `duplicate_key` or `too_deep`, with the path).
 *
 * @param app The app.
 * @param maxBodyBytes The body limit.
 */
export function registerValidateRoute(app: Hono, maxBodyBytes: number): void {
  app.post(ROUTES.validate, async (c) => {
    const body = await readJsonBody(c.req.raw, maxBodyBytes);
    if (!body.ok) {
      if (body.status !== 400 && body.status !== 422) {
        return replyError(c, body.status, body.message, body.issues);
      }
      // The verdict's fields beside the error object, its issues listed once, in `error`.
      const { issues, ...verdict } = unreadableVerdict(body.message, body.issues);
      return replyJson(
        c,
        { ...verdict, ...errorBody(body.status, body.message, issues) },
        body.status,
      );
    }
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
