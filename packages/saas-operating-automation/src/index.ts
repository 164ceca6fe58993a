export { ContractError, type ContractIssue, type ContractResult } from '@cavra/contracts-core';
export {
  buildSaasOperatingAutomationRequest,
  buildSaasOperatingAutomationResponse,
  type SaasOperatingAutomationRequestOptions,
  type SaasOperatingAutomationSummaryOptions,
} from './builders.js';
export { saasOperatingAutomationContract } from './contract.js';
export {
  describeSaasOperatingAutomation,
  type SaasOperatingAutomationDescription,
} from './describe.js';
export {
  parseSaasOperatingAutomationRequest,
  parseSaasOperatingAutomationResponse,
  safeParseSaasOperatingAutomationRequest,
  safeParseSaasOperatingAutomationResponse,
} from './parsers.js';
export {
  rollupSaasOperatingAutomation,
  type SaasOperatingAutomationRollup,
} from './rollup.js';
export {
  type SaasOperatingAutomationPayload,
  SaasOperatingAutomationPayloadSchema,
  type SaasOperatingAutomationRequest,
  SaasOperatingAutomationRequestSchema,
  type SaasOperatingAutomationResponse,
  SaasOperatingAutomationResponseSchema,
  type SaasOperatingAutomationSummary,
  type SaasOperatingAutomationSummaryInput,
  SaasOperatingAutomationSummarySchema,
} from './schemas.js';
export {
  DEFAULT_AUTOMATION_CADENCE,
  DEFAULT_AUTOMATION_SCOPE,
  SAAS_OPERATING_AUTOMATION_BOUNDARY,
  SAAS_OPERATING_AUTOMATION_CHECK_FIELDS,
  SAAS_OPERATING_AUTOMATION_CHECKS,
  SAAS_OPERATING_AUTOMATION_OPERATION,
  SAAS_OPERATING_AUTOMATION_OVERALL_FIELD,
  SAAS_OPERATING_AUTOMATION_PRIVATE_MODULES,
  SAAS_OPERATING_AUTOMATION_STATUS_FIELDS,
  SAAS_OPERATING_AUTOMATION_STATUSES,
  type SaasOperatingAutomationCheck,
  type SaasOperatingAutomationStatusField,
} from './vocabulary.js';
