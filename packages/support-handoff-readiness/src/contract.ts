import { defineContract, READINESS_SATISFIED, READINESS_SEVERITY } from '@cavra/contracts-core';
import {
  SupportHandoffReadinessPayloadSchema,
  SupportHandoffReadinessRequestSchema,
  SupportHandoffReadinessResponseSchema,
  SupportHandoffReadinessSummarySchema,
} from './schemas.js';
import {
  SUPPORT_HANDOFF_READINESS_BOUNDARY,
  SUPPORT_HANDOFF_READINESS_CHECK_FIELDS,
  SUPPORT_HANDOFF_READINESS_OPERATION,
  SUPPORT_HANDOFF_READINESS_PRIVATE_MODULES,
  SUPPORT_HANDOFF_READINESS_STATUSES,
} from './vocabulary.js';

/**
 * The whole contract as one object: its declaration (`spec`: check table, vocabulary,
 * private modules, schemas) and the derived functions the named exports wrap. Front ends
 * that serve several contracts (the CLI, the HTTP API) list these objects.
 */
export const supportHandoffReadinessContract = defineContract({
  operation: SUPPORT_HANDOFF_READINESS_OPERATION,
  title: 'support handoff readiness',
  checkFields: SUPPORT_HANDOFF_READINESS_CHECK_FIELDS,
  statuses: SUPPORT_HANDOFF_READINESS_STATUSES,
  severity: READINESS_SEVERITY,
  satisfied: READINESS_SATISFIED,
  privateModules: SUPPORT_HANDOFF_READINESS_PRIVATE_MODULES,
  boundary: SUPPORT_HANDOFF_READINESS_BOUNDARY,
  inheritedFields: ['handoff_scope', 'support_tier', 'handoff_boundary'],
  payloadSchema: SupportHandoffReadinessPayloadSchema,
  summarySchema: SupportHandoffReadinessSummarySchema,
  requestSchema: SupportHandoffReadinessRequestSchema,
  responseSchema: SupportHandoffReadinessResponseSchema,
});
