import { defineContract, READINESS_SATISFIED, READINESS_SEVERITY } from '@cavra/contracts-core';
import {
  CustomerOperatingDashboardPayloadSchema,
  CustomerOperatingDashboardRequestSchema,
  CustomerOperatingDashboardResponseSchema,
  CustomerOperatingDashboardSummarySchema,
} from './schemas.js';
import {
  CUSTOMER_OPERATING_DASHBOARD_BOUNDARY,
  CUSTOMER_OPERATING_DASHBOARD_CHECK_FIELDS,
  CUSTOMER_OPERATING_DASHBOARD_OPERATION,
  CUSTOMER_OPERATING_DASHBOARD_PRIVATE_MODULES,
  CUSTOMER_OPERATING_DASHBOARD_STATUSES,
} from './vocabulary.js';

/**
 * The whole contract as one object: its declaration (`spec`: check table, vocabulary,
 * private modules, schemas) and the derived functions the named exports wrap. Front ends
 * that serve several contracts (the CLI, the HTTP API) list these objects.
 */
export const customerOperatingDashboardContract = defineContract({
  operation: CUSTOMER_OPERATING_DASHBOARD_OPERATION,
  title: 'customer operating dashboard',
  checkFields: CUSTOMER_OPERATING_DASHBOARD_CHECK_FIELDS,
  statuses: CUSTOMER_OPERATING_DASHBOARD_STATUSES,
  severity: READINESS_SEVERITY,
  satisfied: READINESS_SATISFIED,
  privateModules: CUSTOMER_OPERATING_DASHBOARD_PRIVATE_MODULES,
  boundary: CUSTOMER_OPERATING_DASHBOARD_BOUNDARY,
  inheritedFields: ['dashboard_scope', 'dashboard_boundary'],
  payloadSchema: CustomerOperatingDashboardPayloadSchema,
  summarySchema: CustomerOperatingDashboardSummarySchema,
  requestSchema: CustomerOperatingDashboardRequestSchema,
  responseSchema: CustomerOperatingDashboardResponseSchema,
});
