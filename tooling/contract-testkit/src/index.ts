export { type BrokenParsers, brokenParsers } from './broken-parsers.js';
export type { ContractApi, ContractFacts, ContractUnderTest } from './contract-under-test.js';
export { describeContractConformance } from './describe-contract-conformance.js';
export {
  CONTRACT_RUNTIME_DEPENDENCIES,
  describeDependencies,
  importSpecifiers,
} from './describe-dependencies.js';
export { describeDescription } from './describe-description.js';
export { describeFastPath } from './describe-fast-path.js';
export {
  compileJsonSchema,
  describeJsonSchema,
  type JsonSchemaSuiteOptions,
} from './describe-json-schema.js';
export {
  describeMutationFuzzing,
  FUZZ_RUNS,
  FUZZ_RUNS_VARIABLE,
} from './describe-mutation-fuzzing.js';
export { describeProperties, validSummary } from './describe-properties.js';
export { describeReadme, type ReadmeSuiteOptions, typeScriptBlocks } from './describe-readme.js';
export { CONTROL_CHARACTERS, describeRequestRules } from './describe-request-rules.js';
export { describeResponseRules } from './describe-response-rules.js';
export { describeRollup } from './describe-rollup.js';
export { describeRoundTrips } from './describe-round-trips.js';
export { describeSafeParsing, hostileInputs } from './describe-safe-parsing.js';
export { describeStrictParsing } from './describe-strict-parsing.js';
export {
  buildRequest,
  buildResponse,
  type JsonRecord,
  type RequestDocument,
  type ResponseDocument,
  statusFieldsOf,
  TENANT,
  throughJson,
  uniformSummary,
  withValue,
} from './documents.js';
export {
  captureContractError,
  expectFailureAt,
  expectIssueAt,
  expectNotEchoed,
  expectRejectedAt,
  fieldNameOf,
} from './issues.js';
export { isJsonPathShape, JSON_PATH_SHAPE } from './json-path-shape.js';
export {
  CONTROL_FREE_PATTERN,
  contractJsonSchemaFiles,
  serializeJsonSchema,
  TEXT_PATTERN,
  TRIMMED_PATTERN,
  toContractJsonSchema,
  VISIBLE_PATTERN,
} from './json-schema.js';
export {
  containsString,
  defineOwn,
  isArray,
  isObject,
  ownValue,
  removeAt,
  shallowCopy,
  type TreeKey,
  type TreeNode,
  treeNodes,
  updateAt,
  withKeysReversed,
} from './json-tree.js';
export {
  applyMutation,
  applyMutations,
  injectedTokens,
  type Mutation,
  mutation,
  mutations,
} from './mutations.js';
export { checkParseOutcome, type ParserPair } from './parse-outcome.js';
export { plainText } from './plain-text.js';
export {
  type PrototypeSnapshot,
  restorePrototypes,
  snapshotPrototypes,
} from './prototype-snapshot.js';
export { isRfc3339DateTime } from './rfc3339.js';
export { sampleContract } from './sample-contract.js';
export { SENSITIVE_KEYS, type SensitiveValue, sensitiveValues } from './sensitive-values.js';
export { TOKEN_SHAPED_FAMILIES, tokenShaped } from './token-shaped.js';
export { validRequest, validRequestOptions, validResponse } from './valid-documents.js';
