export { ContractError, type ContractIssue, type ContractResult } from '@cavra/contracts-core';
export {
  buildCustomerOperatingDashboardRequest,
  buildCustomerOperatingDashboardResponse,
  type CustomerOperatingDashboardRequestOptions,
  type CustomerOperatingDashboardSummaryOptions,
} from './builders.js';
export { customerOperatingDashboardContract } from './contract.js';
export {
  type CustomerOperatingDashboardDescription,
  describeCustomerOperatingDashboard,
} from './describe.js';
export {
  parseCustomerOperatingDashboardRequest,
  parseCustomerOperatingDashboardResponse,
  safeParseCustomerOperatingDashboardRequest,
  safeParseCustomerOperatingDashboardResponse,
} from './parsers.js';
export {
  type CustomerOperatingDashboardRollup,
  rollupCustomerOperatingDashboard,
} from './rollup.js';
export {
  type CustomerOperatingDashboardPayload,
  CustomerOperatingDashboardPayloadSchema,
  type CustomerOperatingDashboardRequest,
  CustomerOperatingDashboardRequestSchema,
  type CustomerOperatingDashboardResponse,
  CustomerOperatingDashboardResponseSchema,
  type CustomerOperatingDashboardSummary,
  type CustomerOperatingDashboardSummaryInput,
  CustomerOperatingDashboardSummarySchema,
} from './schemas.js';
export {
  CUSTOMER_OPERATING_DASHBOARD_BOUNDARY,
  CUSTOMER_OPERATING_DASHBOARD_CHECK_FIELDS,
  CUSTOMER_OPERATING_DASHBOARD_CHECKS,
  CUSTOMER_OPERATING_DASHBOARD_OPERATION,
  CUSTOMER_OPERATING_DASHBOARD_PRIVATE_MODULES,
  CUSTOMER_OPERATING_DASHBOARD_STATUS_FIELDS,
  CUSTOMER_OPERATING_DASHBOARD_STATUSES,
  type CustomerOperatingDashboardCheck,
  type CustomerOperatingDashboardStatusField,
  DEFAULT_DASHBOARD_SCOPE,
  DEFAULT_EVIDENCE_WINDOW,
} from './vocabulary.js';
