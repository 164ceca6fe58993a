import { ContractError } from '@cavra/contracts-core';
import type { Hono } from 'hono';
import { splitCompatBody } from '../compat-body.js';
import { OPERATIONS } from '../operation-registry.js';
import { jsonBody, replyJson } from '../reply.js';

/**
 * Registers the compatibility routes of the reference implementation's API:
 * `POST /saas/operating-automation`, `/saas/customer-operating-dashboard` and
 * `/saas/support-handoff-readiness`. Each takes a flat body of request options and
 * summary fields (statuses default to `unknown`) and answers `{ request, response }`; a
 * contract error answers 400 `{ "detail": "..." }` as that API did. Transport errors
 * (413, 415, malformed JSON) keep the usual error shape.
 *
 * @param app The app.
 * @param maxBodyBytes The body limit.
 */
export function registerCompatRoutes(app: Hono, maxBodyBytes: number): void {
  for (const entry of OPERATIONS) {
    app.post(entry.compatPath, async (c) => {
      const body = await jsonBody(c, maxBodyBytes);
      if (!body.ok) return body.response;
      try {
        const parts = splitCompatBody(entry, body.value);
        // The builder validates tenant_id at run time, whatever its type.
        const request = entry.contract.buildRequest(parts.tenantId as string, parts.requestOptions);
        const response = entry.contract.buildResponse(request, parts.summary);
        return replyJson(c, { request, response });
      } catch (caught) {
        if (!ContractError.isInstance(caught)) throw caught;
        return replyJson(c, { detail: caught.message }, 400);
      }
    });
  }
}
