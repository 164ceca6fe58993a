export {
  type CheckFieldTable,
  checksOf,
  contractStatusFields,
  type StatusFieldSource,
  statusFieldsOf,
} from './contract/check-fields.js';
export type {
  CompatibilityRoute,
  ContractDeclaration,
  FieldDeclaration,
  InheritedField,
} from './contract/declaration.js';
export {
  type AnyContract,
  type Contract,
  type ContractSpec,
  defineContract,
  type Schema,
} from './contract/define-contract.js';
export { type ContractDescription, describeContract } from './contract/describe.js';
export { requiredChecksSchema } from './contract/fields.js';
export {
  type CheckStatus,
  type ContractRollup,
  rollupStatus,
  rollupSummary,
} from './contract/rollup.js';
export type {
  ContractTypes,
  EnvelopeOptions,
  RequestOf,
  ResponseOf,
  ResponseOptions,
} from './contract/types.js';
export { type WithinRule, withinRuleOf } from './contract/within-rule.js';
export {
  ContractError,
  type ContractErrorOptions,
  type ContractIssue,
  MAX_COLLECTED_ISSUES,
  MAX_ISSUE_BYTES,
  MAX_ISSUES,
} from './contract-error.js';
export {
  CORRELATION_ID_PATTERN,
  CorrelationIdSchema,
  createCorrelationId,
} from './correlation-id.js';
export { escapeNonPrintable } from './escape-non-printable.js';
export { assertPublicSafe, toGuardIssues } from './guard/assert-public-safe.js';
export { classifyKey, type KeyVerdict } from './guard/classify-key.js';
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
export { formatJsonPath, joinJsonPath, type PathSegment } from './json-path.js';
export { LIMITS } from './limits.js';
export { type ContractResult, captureContractResult, toContractError } from './parse-result.js';
export { schemaFileName } from './schema-file-name.js';
export { BlockersSchema, hasNoControlCharacters, LabelSchema, TextSchema } from './text.js';
export { TimestampSchema } from './timestamp.js';
export {
  CONTRACT_SCHEMA_VERSION,
  type ContractSchemaVersion,
  createRequestSchema,
  createResponseSchema,
  REQUEST_SCHEMA_VERSION,
  RESPONSE_SCHEMA_VERSION,
  type RequestSchemaVersion,
  type ResponseSchemaVersion,
  type SchemaVersions,
  V1,
} from './v1/index.js';
export { V2 } from './v2/index.js';
export { guardedSchema } from './validation/guarded-schema.js';
export { isRecord } from './validation/is-record.js';
export { valibotIssuesToContract } from './validation/issues.js';
export {
  DOCUMENT_KINDS,
  DOCUMENT_SCHEMA_VERSIONS,
  type DocumentKind,
  documentKindOf,
  SCHEMA_VERSIONS,
  versionTagOf,
} from './versions.js';
export {
  AUTOMATION_SATISFIED,
  AUTOMATION_SEVERITY,
  READINESS_SATISFIED,
  READINESS_SEVERITY,
} from './vocabulary/status-order.js';
export {
  AutomationStatusSchema,
  ReadinessStatusSchema,
  ResponseStatusSchema,
} from './vocabulary/status-schemas.js';
export {
  AUTOMATION_STATUSES,
  type AutomationStatus,
  DEFAULT_RESPONSE_STATUS,
  DEFAULT_SUMMARY_STATUS,
  READINESS_STATUSES,
  RESPONSE_STATUSES,
  type ReadinessStatus,
  type ResponseStatus,
} from './vocabulary/statuses.js';
export {
  AUTOMATION,
  READINESS,
  type StatusVocabulary,
} from './vocabulary/vocabularies.js';
