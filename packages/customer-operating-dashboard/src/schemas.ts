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
  TimestampSchema,
} from '@cavra/contracts-core';
import * as v from 'valibot';
import {
  CUSTOMER_OPERATING_DASHBOARD_BOUNDARY,
  CUSTOMER_OPERATING_DASHBOARD_CHECKS,
  CUSTOMER_OPERATING_DASHBOARD_OPERATION,
  CUSTOMER_OPERATING_DASHBOARD_PRIVATE_MODULES,
  CUSTOMER_OPERATING_DASHBOARD_STATUS_FIELDS,
  DEFAULT_DASHBOARD_SCOPE,
  DEFAULT_EVIDENCE_WINDOW,
} from './vocabulary.js';

/** Schema of the request payload; every field has a default. */
export const CustomerOperatingDashboardPayloadSchema = v.strictObject({
  dashboard_scope: v.optional(LabelSchema, DEFAULT_DASHBOARD_SCOPE),
  evidence_window: v.optional(LabelSchema, DEFAULT_EVIDENCE_WINDOW),
  required_checks: v.optional(requiredChecksSchema(CUSTOMER_OPERATING_DASHBOARD_CHECKS), () => [
    ...CUSTOMER_OPERATING_DASHBOARD_CHECKS,
  ]),
  dashboard_boundary: v.optional(TextSchema, CUSTOMER_OPERATING_DASHBOARD_BOUNDARY),
});

/** Schema of the request envelope (`cavra.saas_control_plane.request.v1`). */
export const CustomerOperatingDashboardRequestSchema = createRequestSchema(
  CUSTOMER_OPERATING_DASHBOARD_OPERATION,
  CustomerOperatingDashboardPayloadSchema,
);

/** Schema of the summary a private service reports; the seven status fields are required. */
export const CustomerOperatingDashboardSummarySchema = v.strictObject({
  tenant_id: IdentifierSchema,
  ...statusEntries(CUSTOMER_OPERATING_DASHBOARD_STATUS_FIELDS, ReadinessStatusSchema),
  latest_dashboard_at: v.optional(v.nullable(TimestampSchema), null),
  dashboard_scope: v.optional(LabelSchema, DEFAULT_DASHBOARD_SCOPE),
  blockers: v.optional(BlockersSchema, () => []),
  private_validation_required: v.optional(v.literal(true), true),
  dashboard_boundary: v.optional(TextSchema, CUSTOMER_OPERATING_DASHBOARD_BOUNDARY),
});

/** Schema of the response envelope (`cavra.saas_control_plane.response.v1`). */
export const CustomerOperatingDashboardResponseSchema = createResponseSchema(
  CUSTOMER_OPERATING_DASHBOARD_OPERATION,
  CustomerOperatingDashboardSummarySchema,
  CUSTOMER_OPERATING_DASHBOARD_PRIVATE_MODULES,
);

/** A request payload as validated. */
export type CustomerOperatingDashboardPayload = v.InferOutput<
  typeof CustomerOperatingDashboardPayloadSchema
>;

/** A request as it travels on the wire. */
export type CustomerOperatingDashboardRequest = v.InferOutput<
  typeof CustomerOperatingDashboardRequestSchema
>;

/** A summary with its defaults filled. */
export type CustomerOperatingDashboardSummary = v.InferOutput<
  typeof CustomerOperatingDashboardSummarySchema
>;

/** A summary as a caller may give it: fields with defaults are optional. */
export type CustomerOperatingDashboardSummaryInput = v.InferInput<
  typeof CustomerOperatingDashboardSummarySchema
>;

/** A response as it travels on the wire. */
export type CustomerOperatingDashboardResponse = v.InferOutput<
  typeof CustomerOperatingDashboardResponseSchema
>;
