import { compatContractDocument } from '@cavra/contracts';
import { describeContract } from '@cavra/contracts-core';
import type { Hono } from 'hono';
import { contractDocument, operationsDocument } from '../contract-documents.js';
import { DOCUMENT_KINDS, type DocumentKind } from '../operation-registry.js';
import { operationParam, replyError, replyJson, versionParam } from '../reply.js';
import { ROUTES } from '../route-paths.js';

/**
 * Registers the read-only routes: health, the contract and its operations, each
 * operation's description and shipped JSON Schema (of the newest version, or of the one
 * `?version=v1` names), and the compatibility contract route.
 *
 * @param app The app.
 */
export function registerDiscoveryRoutes(app: Hono): void {
  app.get(ROUTES.health, (c) => replyJson(c, { status: 'ok' }));
  app.get(ROUTES.contract, (c) => replyJson(c, contractDocument()));
  app.get(ROUTES.operations, (c) => replyJson(c, operationsDocument()));
  app.get(ROUTES.compatContract, (c) => replyJson(c, compatContractDocument()));

  app.get(ROUTES.operation, (c) => {
    const operation = operationParam(c);
    if (!operation.ok) return operation.response;
    const version = versionParam(c, operation.value);
    return version.ok ? replyJson(c, describeContract(version.value.contract)) : version.response;
  });

  app.get(ROUTES.schema, (c) => {
    const operation = operationParam(c);
    if (!operation.ok) return operation.response;
    const kind = c.req.param('kind');
    if (!DOCUMENT_KINDS.includes(kind as DocumentKind)) {
      return replyError(c, 404, `unknown schema: use ${DOCUMENT_KINDS.join(' or ')}`);
    }
    const version = versionParam(c, operation.value);
    if (!version.ok) return version.response;
    const response = replyJson(c, version.value.schemas[kind as DocumentKind]);
    response.headers.set('Content-Type', 'application/schema+json');
    return response;
  });
}
