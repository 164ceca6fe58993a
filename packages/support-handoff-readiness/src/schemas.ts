import {
  BlockersSchema,
  createRequestSchema,
  createResponseSchema,
  IdentifierSchema,
  LabelSchema,
  ReadinessStatusSchema,
  requiredChecksSchema,
  statusEntries,
  TextSchema,
} from '@cavra/contracts-core';
import * as v from 'valibot';
import {
  DEFAULT_HANDOFF_SCOPE,
  DEFAULT_SUPPORT_TIER,
  SUPPORT_HANDOFF_READINESS_BOUNDARY,
  SUPPORT_HANDOFF_READINESS_CHECKS,
  SUPPORT_HANDOFF_READINESS_OPERATION,
  SUPPORT_HANDOFF_READINESS_PRIVATE_MODULES,
  SUPPORT_HANDOFF_READINESS_STATUS_FIELDS,
} from './vocabulary.js';

/** Schema of the request payload; every field has a default. */
export const SupportHandoffReadinessPayloadSchema = v.strictObject({
  handoff_scope: v.optional(LabelSchema, DEFAULT_HANDOFF_SCOPE),
  support_tier: v.optional(LabelSchema, DEFAULT_SUPPORT_TIER),
  required_checks: v.optional(requiredChecksSchema(SUPPORT_HANDOFF_READINESS_CHECKS), () => [
    ...SUPPORT_HANDOFF_READINESS_CHECKS,
  ]),
  handoff_boundary: v.optional(TextSchema, SUPPORT_HANDOFF_READINESS_BOUNDARY),
});

/** Schema of the request envelope (`cavra.saas_control_plane.request.v1`). */
export const SupportHandoffReadinessRequestSchema = createRequestSchema(
  SUPPORT_HANDOFF_READINESS_OPERATION,
  SupportHandoffReadinessPayloadSchema,
);

/** Schema of the summary a private service reports; the five status fields are required. */
export const SupportHandoffReadinessSummarySchema = v.strictObject({
  tenant_id: IdentifierSchema,
  ...statusEntries(SUPPORT_HANDOFF_READINESS_STATUS_FIELDS, ReadinessStatusSchema),
  support_tier: v.optional(LabelSchema, DEFAULT_SUPPORT_TIER),
  handoff_scope: v.optional(LabelSchema, DEFAULT_HANDOFF_SCOPE),
  blockers: v.optional(BlockersSchema, () => []),
  private_validation_required: v.optional(v.literal(true), true),
  handoff_boundary: v.optional(TextSchema, SUPPORT_HANDOFF_READINESS_BOUNDARY),
});

/** Schema of the response envelope (`cavra.saas_control_plane.response.v1`). */
export const SupportHandoffReadinessResponseSchema = createResponseSchema(
  SUPPORT_HANDOFF_READINESS_OPERATION,
  SupportHandoffReadinessSummarySchema,
  SUPPORT_HANDOFF_READINESS_PRIVATE_MODULES,
);

/** A request payload as validated. */
export type SupportHandoffReadinessPayload = v.InferOutput<
  typeof SupportHandoffReadinessPayloadSchema
>;

/** A request as it travels on the wire. */
export type SupportHandoffReadinessRequest = v.InferOutput<
  typeof SupportHandoffReadinessRequestSchema
>;

/** A summary with its defaults filled. */
export type SupportHandoffReadinessSummary = v.InferOutput<
  typeof SupportHandoffReadinessSummarySchema
>;

/** A summary as a caller may give it: fields with defaults are optional. */
export type SupportHandoffReadinessSummaryInput = v.InferInput<
  typeof SupportHandoffReadinessSummarySchema
>;

/** A response as it travels on the wire. */
export type SupportHandoffReadinessResponse = v.InferOutput<
  typeof SupportHandoffReadinessResponseSchema
>;
