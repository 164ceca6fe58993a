export { type CorsConfig, type CreateAppOptions, createApp } from './create-app.js';
export { ERROR_CODES, type ErrorBody, type ErrorCode, type ErrorStatus } from './error-body.js';
export { buildOpenApiDocument, OPENAPI_VERSION } from './openapi/openapi-document.js';
export {
  DOCUMENT_KINDS,
  type DocumentKind,
  findOperation,
  type JsonSchema,
  OPERATION_NAMES,
  OPERATIONS,
  type OperationEntry,
  type OperationName,
} from './operation-registry.js';
export { MAX_BODY_BYTES } from './read-json-body.js';
export { ROUTES } from './route-paths.js';
export { type DocumentVerdict, validateDocument } from './validate-document.js';
