import {
  CONTRACT_SCHEMA_VERSION,
  describeContract,
  REQUEST_SCHEMA_VERSION,
  RESPONSE_SCHEMA_VERSION,
} from '@cavra/contracts-core';
import { OPERATIONS, type OperationEntry } from './operation-registry.js';
import { fillPath, ROUTES } from './route-paths.js';

/**
 * The document of `GET /v1/contract`: every operation described, labelled with the
 * contract, request and response schema versions.
 *
 * @returns A plain JSON value.
 */
export function contractDocument() {
  return {
    contract_version: CONTRACT_SCHEMA_VERSION,
    request_schema_version: REQUEST_SCHEMA_VERSION,
    response_schema_version: RESPONSE_SCHEMA_VERSION,
    operations: OPERATIONS.map((entry) => describeContract(entry.contract)),
  };
}

/**
 * The document of `GET /v1/operations`: each operation with the paths that serve it.
 *
 * @returns A plain JSON value.
 */
export function operationsDocument() {
  return {
    contract_version: CONTRACT_SCHEMA_VERSION,
    operations: OPERATIONS.map((entry) => ({
      operation: entry.contract.spec.operation,
      title: entry.contract.spec.title,
      links: operationLinks(entry),
    })),
  };
}

function operationLinks(entry: OperationEntry) {
  const params = { operation: entry.contract.spec.operation };
  return {
    description: fillPath(ROUTES.operation, params),
    request_schema: fillPath(ROUTES.schema, { ...params, kind: 'request' }),
    response_schema: fillPath(ROUTES.schema, { ...params, kind: 'response' }),
    requests: fillPath(ROUTES.requests, params),
    responses: fillPath(ROUTES.responses, params),
    compatibility: entry.compatPath,
  };
}
