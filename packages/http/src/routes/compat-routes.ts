import { buildCompatPair, compatContractOf, compatDetail } from '@cavra/contracts';
import { ContractError } from '@cavra/contracts-core';
import type { Hono } from 'hono';
import { OPERATIONS } from '../operation-registry.js';
import { jsonBody, replyJson } from '../reply.js';

/**
 * Registers the compatibility routes of the reference implementation's API, one per
 * contract at the path its declaration names (`POST /saas/operating-automation`,
 * `/saas/operating-automation/worker-handoff`, ...). Each reads the fields the reference
 * reads from a flat body (`buildCompatPair` of `@cavra/contracts`) and ignores every other
 * key; it answers `{ request, response }` in the schema version the reference speaks
 * (`compatContractOf`: each operation's first), or 400 `{ "detail": "<field> must …" }` for a
 * contract error, worded like the reference from the first issue. Transport errors (413,
 * 415, malformed JSON) keep the usual error shape.
 *
 * @param app The app.
 * @param maxBodyBytes The body limit.
 */
export function registerCompatRoutes(app: Hono, maxBodyBytes: number): void {
  for (const contract of OPERATIONS.map(compatContractOf)) {
    app.post(contract.declaration.compatibility.path, async (c) => {
      const body = await jsonBody(c, maxBodyBytes);
      if (!body.ok) return body.response;
      try {
        return replyJson(c, buildCompatPair(contract, body.value));
      } catch (caught) {
        if (!ContractError.isInstance(caught)) throw caught;
        return replyJson(c, { detail: compatDetail(contract, caught) }, 400);
      }
    });
  }
}
