import { AUTOMATION_SATISFIED, AUTOMATION_SEVERITY, defineContract } from '@cavra/contracts-core';
import {
  SaasOperatingAutomationPayloadSchema,
  SaasOperatingAutomationRequestSchema,
  SaasOperatingAutomationResponseSchema,
  SaasOperatingAutomationSummarySchema,
} from './schemas.js';
import {
  SAAS_OPERATING_AUTOMATION_BOUNDARY,
  SAAS_OPERATING_AUTOMATION_CHECK_FIELDS,
  SAAS_OPERATING_AUTOMATION_OPERATION,
  SAAS_OPERATING_AUTOMATION_OVERALL_FIELD,
  SAAS_OPERATING_AUTOMATION_PRIVATE_MODULES,
  SAAS_OPERATING_AUTOMATION_STATUSES,
} from './vocabulary.js';

/**
 * The whole contract as one object: its declaration (`spec`: check table, vocabulary,
 * private modules, schemas) and the derived functions the named exports wrap. Front ends
 * that serve several contracts (the CLI, the HTTP API) list these objects.
 */
export const saasOperatingAutomationContract = defineContract({
  operation: SAAS_OPERATING_AUTOMATION_OPERATION,
  title: 'SaaS operating automation',
  checkFields: SAAS_OPERATING_AUTOMATION_CHECK_FIELDS,
  statuses: SAAS_OPERATING_AUTOMATION_STATUSES,
  severity: AUTOMATION_SEVERITY,
  satisfied: AUTOMATION_SATISFIED,
  privateModules: SAAS_OPERATING_AUTOMATION_PRIVATE_MODULES,
  boundary: SAAS_OPERATING_AUTOMATION_BOUNDARY,
  overallFields: [SAAS_OPERATING_AUTOMATION_OVERALL_FIELD],
  inheritedFields: ['automation_scope', 'automation_cadence', 'automation_boundary'],
  payloadSchema: SaasOperatingAutomationPayloadSchema,
  summarySchema: SaasOperatingAutomationSummarySchema,
  requestSchema: SaasOperatingAutomationRequestSchema,
  responseSchema: SaasOperatingAutomationResponseSchema,
});
