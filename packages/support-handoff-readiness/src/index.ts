export { ContractError, type ContractIssue, type ContractResult } from '@cavra/contracts-core';
export {
  buildSupportHandoffReadinessRequest,
  buildSupportHandoffReadinessResponse,
  type SupportHandoffReadinessRequestOptions,
  type SupportHandoffReadinessSummaryOptions,
} from './builders.js';
export { supportHandoffReadinessContract } from './contract.js';
export {
  describeSupportHandoffReadiness,
  type SupportHandoffReadinessDescription,
} from './describe.js';
export {
  parseSupportHandoffReadinessRequest,
  parseSupportHandoffReadinessResponse,
  safeParseSupportHandoffReadinessRequest,
  safeParseSupportHandoffReadinessResponse,
} from './parsers.js';
export {
  rollupSupportHandoffReadiness,
  type SupportHandoffReadinessRollup,
} from './rollup.js';
export {
  type SupportHandoffReadinessPayload,
  SupportHandoffReadinessPayloadSchema,
  type SupportHandoffReadinessRequest,
  SupportHandoffReadinessRequestSchema,
  type SupportHandoffReadinessResponse,
  SupportHandoffReadinessResponseSchema,
  type SupportHandoffReadinessSummary,
  type SupportHandoffReadinessSummaryInput,
  SupportHandoffReadinessSummarySchema,
} from './schemas.js';
export {
  DEFAULT_HANDOFF_SCOPE,
  DEFAULT_SUPPORT_TIER,
  SUPPORT_HANDOFF_READINESS_BOUNDARY,
  SUPPORT_HANDOFF_READINESS_CHECK_FIELDS,
  SUPPORT_HANDOFF_READINESS_CHECKS,
  SUPPORT_HANDOFF_READINESS_OPERATION,
  SUPPORT_HANDOFF_READINESS_PRIVATE_MODULES,
  SUPPORT_HANDOFF_READINESS_STATUS_FIELDS,
  SUPPORT_HANDOFF_READINESS_STATUSES,
  type SupportHandoffReadinessCheck,
  type SupportHandoffReadinessStatusField,
} from './vocabulary.js';
