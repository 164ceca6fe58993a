export * from '@cavra/customer-operating-dashboard';
export * from '@cavra/saas-operating-automation';
export * from '@cavra/saas-operating-automation-worker-handoff';
export * from '@cavra/support-handoff-readiness';
export {
  buildCompatPair,
  COMPAT_TENANT_FIELD,
  type CompatContractDocument,
  type CompatField,
  type CompatOperation,
  type CompatPair,
  type CompatSource,
  compatContractDocument,
  compatContractOf,
  compatDetail,
  compatFields,
  summaryStatusDefault,
} from './compat/index.js';
export {
  CHECKED_DOCUMENT_KINDS,
  type CheckedDocumentKind,
  type CheckedWireDocument,
  checkDocument,
  type DocumentCheck,
  type DocumentCheckJson,
  documentCheckJson,
  failedDocumentCheck,
} from './documents/check-document.js';
export { MAX_JSON_DEPTH, parseJsonText } from './documents/parse-json-text.js';
export {
  type DocumentRecognition,
  type DocumentValidation,
  findContract,
  recognizeDocument,
  validateDocument,
} from './documents/recognize-document.js';
export { stringifyJsonText } from './documents/stringify-json-text.js';
export {
  CONTRACTS,
  type JsonSchema,
  type OperationName,
  PUBLISHED_CONTRACTS,
  REGISTRY,
  type RegisteredContract,
  type RegisteredVersion,
  registerContract,
  registerVersion,
} from './registry.js';
