import {
  AutomationStatusSchema,
  BlockersSchema,
  createRequestSchema,
  createResponseSchema,
  IdentifierSchema,
  LabelSchema,
  requiredChecksSchema,
  statusEntries,
  TextSchema,
} from '@cavra/contracts-core';
import * as v from 'valibot';
import {
  DEFAULT_AUTOMATION_CADENCE,
  DEFAULT_AUTOMATION_SCOPE,
  SAAS_OPERATING_AUTOMATION_BOUNDARY,
  SAAS_OPERATING_AUTOMATION_CHECKS,
  SAAS_OPERATING_AUTOMATION_OPERATION,
  SAAS_OPERATING_AUTOMATION_OVERALL_FIELD,
  SAAS_OPERATING_AUTOMATION_PRIVATE_MODULES,
  SAAS_OPERATING_AUTOMATION_STATUS_FIELDS,
} from './vocabulary.js';

/** Schema of the request payload; every field has a default. */
export const SaasOperatingAutomationPayloadSchema = v.strictObject({
  automation_scope: v.optional(LabelSchema, DEFAULT_AUTOMATION_SCOPE),
  automation_cadence: v.optional(LabelSchema, DEFAULT_AUTOMATION_CADENCE),
  required_checks: v.optional(requiredChecksSchema(SAAS_OPERATING_AUTOMATION_CHECKS), () => [
    ...SAAS_OPERATING_AUTOMATION_CHECKS,
  ]),
  automation_boundary: v.optional(TextSchema, SAAS_OPERATING_AUTOMATION_BOUNDARY),
});

/** Schema of the request envelope (`cavra.saas_control_plane.request.v1`). */
export const SaasOperatingAutomationRequestSchema = createRequestSchema(
  SAAS_OPERATING_AUTOMATION_OPERATION,
  SaasOperatingAutomationPayloadSchema,
);

/**
 * `automation_status` and the per-check fields. Declared apart: written inline in the object
 * below, the list would be inferred as `string[]` and the summary type would lose the fields.
 */
const SUMMARY_STATUS_FIELDS = [
  SAAS_OPERATING_AUTOMATION_OVERALL_FIELD,
  ...SAAS_OPERATING_AUTOMATION_STATUS_FIELDS,
] as const;

/**
 * Schema of the summary a private service reports; `automation_status` and the seven
 * status fields are required.
 */
export const SaasOperatingAutomationSummarySchema = v.strictObject({
  tenant_id: IdentifierSchema,
  ...statusEntries(SUMMARY_STATUS_FIELDS, AutomationStatusSchema),
  automation_scope: v.optional(LabelSchema, DEFAULT_AUTOMATION_SCOPE),
  automation_cadence: v.optional(LabelSchema, DEFAULT_AUTOMATION_CADENCE),
  blockers: v.optional(BlockersSchema, () => []),
  private_validation_required: v.optional(v.literal(true), true),
  automation_boundary: v.optional(TextSchema, SAAS_OPERATING_AUTOMATION_BOUNDARY),
});

/** Schema of the response envelope (`cavra.saas_control_plane.response.v1`). */
export const SaasOperatingAutomationResponseSchema = createResponseSchema(
  SAAS_OPERATING_AUTOMATION_OPERATION,
  SaasOperatingAutomationSummarySchema,
  SAAS_OPERATING_AUTOMATION_PRIVATE_MODULES,
);

/** A request payload as validated. */
export type SaasOperatingAutomationPayload = v.InferOutput<
  typeof SaasOperatingAutomationPayloadSchema
>;

/** A request as it travels on the wire. */
export type SaasOperatingAutomationRequest = v.InferOutput<
  typeof SaasOperatingAutomationRequestSchema
>;

/** A summary with its defaults filled. */
export type SaasOperatingAutomationSummary = v.InferOutput<
  typeof SaasOperatingAutomationSummarySchema
>;

/** A summary as a caller may give it: fields with defaults are optional. */
export type SaasOperatingAutomationSummaryInput = v.InferInput<
  typeof SaasOperatingAutomationSummarySchema
>;

/** A response as it travels on the wire. */
export type SaasOperatingAutomationResponse = v.InferOutput<
  typeof SaasOperatingAutomationResponseSchema
>;
