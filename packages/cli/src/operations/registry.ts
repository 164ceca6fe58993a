import {
  AUTOMATION_SATISFIED,
  AUTOMATION_SEVERITY,
  READINESS_SATISFIED,
  READINESS_SEVERITY,
  type ResponseStatus,
} from '@cavra/contracts-core';
import {
  buildCustomerOperatingDashboardRequest,
  buildCustomerOperatingDashboardResponse,
  CUSTOMER_OPERATING_DASHBOARD_CHECK_FIELDS,
  CUSTOMER_OPERATING_DASHBOARD_OPERATION,
  CUSTOMER_OPERATING_DASHBOARD_STATUSES,
  CustomerOperatingDashboardPayloadSchema,
  type CustomerOperatingDashboardRequest,
  type CustomerOperatingDashboardRequestOptions,
  type CustomerOperatingDashboardSummaryInput,
  type CustomerOperatingDashboardSummaryOptions,
  CustomerOperatingDashboardSummarySchema,
  describeCustomerOperatingDashboard,
  rollupCustomerOperatingDashboard,
  safeParseCustomerOperatingDashboardRequest,
  safeParseCustomerOperatingDashboardResponse,
} from '@cavra/customer-operating-dashboard';
import {
  buildSaasOperatingAutomationRequest,
  buildSaasOperatingAutomationResponse,
  describeSaasOperatingAutomation,
  rollupSaasOperatingAutomation,
  SAAS_OPERATING_AUTOMATION_CHECK_FIELDS,
  SAAS_OPERATING_AUTOMATION_OPERATION,
  SAAS_OPERATING_AUTOMATION_STATUSES,
  SaasOperatingAutomationPayloadSchema,
  type SaasOperatingAutomationRequest,
  type SaasOperatingAutomationRequestOptions,
  type SaasOperatingAutomationSummaryInput,
  type SaasOperatingAutomationSummaryOptions,
  SaasOperatingAutomationSummarySchema,
  safeParseSaasOperatingAutomationRequest,
  safeParseSaasOperatingAutomationResponse,
} from '@cavra/saas-operating-automation';
import {
  buildSupportHandoffReadinessRequest,
  buildSupportHandoffReadinessResponse,
  describeSupportHandoffReadiness,
  rollupSupportHandoffReadiness,
  SUPPORT_HANDOFF_READINESS_CHECK_FIELDS,
  SUPPORT_HANDOFF_READINESS_OPERATION,
  SUPPORT_HANDOFF_READINESS_STATUSES,
  SupportHandoffReadinessPayloadSchema,
  type SupportHandoffReadinessRequest,
  type SupportHandoffReadinessRequestOptions,
  type SupportHandoffReadinessSummaryInput,
  type SupportHandoffReadinessSummaryOptions,
  SupportHandoffReadinessSummarySchema,
  safeParseSupportHandoffReadinessRequest,
  safeParseSupportHandoffReadinessResponse,
} from '@cavra/support-handoff-readiness';
import type { OperationContract } from './operation-contract.js';

const options = (status: ResponseStatus | undefined) => (status ? { status } : {});

const customerOperatingDashboard: OperationContract = {
  operation: CUSTOMER_OPERATING_DASHBOARD_OPERATION,
  packageName: '@cavra/customer-operating-dashboard',
  statuses: CUSTOMER_OPERATING_DASHBOARD_STATUSES,
  severity: READINESS_SEVERITY,
  satisfied: READINESS_SATISFIED,
  checkFields: CUSTOMER_OPERATING_DASHBOARD_CHECK_FIELDS,
  payloadSchema: CustomerOperatingDashboardPayloadSchema,
  summarySchema: CustomerOperatingDashboardSummarySchema,
  buildRequest: (tenantId, given) =>
    buildCustomerOperatingDashboardRequest(
      tenantId,
      given as CustomerOperatingDashboardRequestOptions,
    ),
  buildResponse: (request, summary, status) =>
    buildCustomerOperatingDashboardResponse(
      request as CustomerOperatingDashboardRequest,
      summary as CustomerOperatingDashboardSummaryOptions,
      options(status),
    ),
  safeParseRequest: safeParseCustomerOperatingDashboardRequest,
  safeParseResponse: safeParseCustomerOperatingDashboardResponse,
  rollup: (summary) =>
    rollupCustomerOperatingDashboard(summary as CustomerOperatingDashboardSummaryInput),
  describe: describeCustomerOperatingDashboard,
};

const supportHandoffReadiness: OperationContract = {
  operation: SUPPORT_HANDOFF_READINESS_OPERATION,
  packageName: '@cavra/support-handoff-readiness',
  statuses: SUPPORT_HANDOFF_READINESS_STATUSES,
  severity: READINESS_SEVERITY,
  satisfied: READINESS_SATISFIED,
  checkFields: SUPPORT_HANDOFF_READINESS_CHECK_FIELDS,
  payloadSchema: SupportHandoffReadinessPayloadSchema,
  summarySchema: SupportHandoffReadinessSummarySchema,
  buildRequest: (tenantId, given) =>
    buildSupportHandoffReadinessRequest(tenantId, given as SupportHandoffReadinessRequestOptions),
  buildResponse: (request, summary, status) =>
    buildSupportHandoffReadinessResponse(
      request as SupportHandoffReadinessRequest,
      summary as SupportHandoffReadinessSummaryOptions,
      options(status),
    ),
  safeParseRequest: safeParseSupportHandoffReadinessRequest,
  safeParseResponse: safeParseSupportHandoffReadinessResponse,
  rollup: (summary) =>
    rollupSupportHandoffReadiness(summary as SupportHandoffReadinessSummaryInput),
  describe: describeSupportHandoffReadiness,
};

const saasOperatingAutomation: OperationContract = {
  operation: SAAS_OPERATING_AUTOMATION_OPERATION,
  packageName: '@cavra/saas-operating-automation',
  statuses: SAAS_OPERATING_AUTOMATION_STATUSES,
  severity: AUTOMATION_SEVERITY,
  satisfied: AUTOMATION_SATISFIED,
  checkFields: SAAS_OPERATING_AUTOMATION_CHECK_FIELDS,
  payloadSchema: SaasOperatingAutomationPayloadSchema,
  summarySchema: SaasOperatingAutomationSummarySchema,
  buildRequest: (tenantId, given) =>
    buildSaasOperatingAutomationRequest(tenantId, given as SaasOperatingAutomationRequestOptions),
  buildResponse: (request, summary, status) =>
    buildSaasOperatingAutomationResponse(
      request as SaasOperatingAutomationRequest,
      summary as SaasOperatingAutomationSummaryOptions,
      options(status),
    ),
  safeParseRequest: safeParseSaasOperatingAutomationRequest,
  safeParseResponse: safeParseSaasOperatingAutomationResponse,
  rollup: (summary) =>
    rollupSaasOperatingAutomation(summary as SaasOperatingAutomationSummaryInput),
  describe: describeSaasOperatingAutomation,
};

/** Every operation the CLI knows, in the order of DESIGN.md. */
export const OPERATIONS: readonly OperationContract[] = [
  customerOperatingDashboard,
  supportHandoffReadiness,
  saasOperatingAutomation,
];

/**
 * Finds an operation by name.
 *
 * @param name The operation name, e.g. `support_handoff_readiness`.
 * @returns The operation, or `undefined` for an unknown name.
 */
export function findOperation(name: unknown): OperationContract | undefined {
  return OPERATIONS.find((entry) => entry.operation === name);
}

/** The operation names, in order. */
export const OPERATION_NAMES: readonly string[] = OPERATIONS.map((entry) => entry.operation);
