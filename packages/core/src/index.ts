export {
  CHECKED_DOCUMENT_KINDS,
  type CheckedDocumentKind,
  type CheckedWireDocument,
  checkDocument,
  type DocumentCheck,
  type DocumentCheckJson,
  documentCheckJson,
  failedDocumentCheck,
} from './check-document.js';
export { type CheckFieldTable, checksOf, statusFieldsOf } from './check-fields.js';
export {
  ContractError,
  type ContractErrorOptions,
  type ContractIssue,
  MAX_COLLECTED_ISSUES,
  MAX_ISSUES,
} from './contract-error.js';
export { contractStatusFields, type StatusFieldSource } from './contract-status-fields.js';
export {
  CORRELATION_ID_PATTERN,
  CorrelationIdSchema,
  createCorrelationId,
} from './correlation-id.js';
export {
  type AnyContract,
  type AnyStrictObjectSchema,
  type AsReadonlyArray,
  type CheckStatus,
  type Contract,
  type ContractDescription,
  type ContractRollup,
  type ContractSpec,
  defineContract,
  type EnvelopeOptions,
  type ReadonlyArrays,
  type RequestBuilderOptions,
  type ResponseOptions,
  type SummaryBuilderInput,
} from './define-contract.js';
export {
  DOCUMENT_KINDS,
  DOCUMENT_SCHEMA_VERSIONS,
  type DocumentKind,
  documentKindOf,
} from './document-kind.js';
export { createRequestSchema, createResponseSchema } from './envelope.js';
export { escapeNonPrintable } from './escape-non-printable.js';
export { assertPublicSafe, toGuardIssues } from './guard/assert-public-safe.js';
export {
  type FindSensitiveMaterialOptions,
  findSensitiveMaterial,
  REDACTED_KEY,
  type SensitiveFinding,
} from './guard/find-sensitive-material.js';
export { KEY_RULES, type KeyRule, matchKeyRule, normaliseKey } from './guard/key-rules.js';
export { locateSensitiveText, type SensitiveSpan } from './guard/locate-sensitive-text.js';
export { matchValueRule } from './guard/match-value-rule.js';
export { VALUE_RULES, type ValueRule, type ValueRuleFamily } from './guard/value-rules.js';
export { DEFAULT_REQUESTED_BY, IdentifierSchema } from './identifier.js';
export {
  hasNoInvisibleCharacters,
  INVISIBLE_CHARACTER_CLASS,
  INVISIBLE_MESSAGE,
} from './invisible-characters.js';
export { MAX_JSON_DEPTH, parseJsonText } from './json/parse-json-text.js';
export { formatJsonPath, joinJsonPath, type PathSegment } from './json-path.js';
export { LIMITS } from './limits.js';
export { type ContractResult, captureContractResult, toContractError } from './parse-result.js';
export {
  type DocumentRecognition,
  type DocumentValidation,
  findContract,
  recognizeDocument,
  validateDocument,
} from './recognize-document.js';
export { requiredChecksSchema } from './required-checks.js';
export { rollupStatus } from './rollup.js';
export { schemaFileName } from './schema-file-name.js';
export {
  CONTRACT_SCHEMA_VERSION,
  type ContractSchemaVersion,
  REQUEST_SCHEMA_VERSION,
  RESPONSE_SCHEMA_VERSION,
  type RequestSchemaVersion,
  type ResponseSchemaVersion,
} from './schema-versions.js';
export { statusEntries } from './status-entries.js';
export {
  AUTOMATION_SATISFIED,
  AUTOMATION_SEVERITY,
  READINESS_SATISFIED,
  READINESS_SEVERITY,
} from './status-order.js';
export {
  AutomationStatusSchema,
  ReadinessStatusSchema,
  ResponseStatusSchema,
} from './status-schemas.js';
export {
  AUTOMATION_STATUSES,
  type AutomationStatus,
  DEFAULT_RESPONSE_STATUS,
  DEFAULT_SUMMARY_STATUS,
  READINESS_STATUSES,
  RESPONSE_STATUSES,
  type ReadinessStatus,
  type ResponseStatus,
} from './statuses.js';
export { BlockersSchema, hasNoControlCharacters, LabelSchema, TextSchema } from './text.js';
export { TimestampSchema } from './timestamp.js';
export { valibotIssuesToContract } from './valibot-bridge.js';
