import * as v from 'valibot';
import { createRequestSchema, createResponseSchema } from '../src/envelope.js';
import { IdentifierSchema } from '../src/identifier.js';
import { requiredChecksSchema } from '../src/required-checks.js';
import { READINESS_SATISFIED, READINESS_SEVERITY } from '../src/status-order.js';
import { ReadinessStatusSchema } from '../src/status-schemas.js';
import { READINESS_STATUSES } from '../src/statuses.js';
import { BlockersSchema, LabelSchema, TextSchema } from '../src/text.js';
import { TimestampSchema } from '../src/timestamp.js';

// A small test-only contract built from core's parts alone, shared by the tests that hold
// core's fast paths to its full checks. `third_check` has no summary field, like a check
// schema v1 does not report.

/** The test contract's operation. */
export const LANE_OPERATION = 'lane_readiness';

/** Its checks. */
export const LANE_CHECKS = ['first_check', 'second_check', 'third_check'] as const;

/** Its private modules. */
export const LANE_MODULES = ['first module', 'second module'] as const;

/** Its request payload schema. */
export const LanePayloadSchema = v.strictObject({
  lane_scope: v.optional(LabelSchema, 'lane-scope'),
  required_checks: v.optional(requiredChecksSchema(LANE_CHECKS), () => [...LANE_CHECKS]),
  lane_boundary: v.optional(TextSchema, 'Lane boundary.'),
});

/** Its summary schema. */
export const LaneSummarySchema = v.strictObject({
  tenant_id: IdentifierSchema,
  first_status: ReadinessStatusSchema,
  second_status: ReadinessStatusSchema,
  latest_at: v.optional(v.nullable(TimestampSchema), null),
  lane_scope: v.optional(LabelSchema, 'lane-scope'),
  blockers: v.optional(BlockersSchema, () => []),
  private_validation_required: v.optional(v.literal(true), true),
  lane_boundary: v.optional(TextSchema, 'Lane boundary.'),
});

/** Its declaration, as `defineContract` takes it. */
export const laneSpec = {
  operation: LANE_OPERATION,
  title: 'lane readiness',
  checkFields: { first_check: 'first_status', second_check: 'second_status', third_check: null },
  statuses: READINESS_STATUSES,
  severity: READINESS_SEVERITY,
  satisfied: READINESS_SATISFIED,
  privateModules: LANE_MODULES,
  boundary: 'Lane boundary.',
  inheritedFields: ['lane_scope', 'lane_boundary'],
  payloadSchema: LanePayloadSchema,
  summarySchema: LaneSummarySchema,
  requestSchema: createRequestSchema(LANE_OPERATION, LanePayloadSchema),
  responseSchema: createResponseSchema(LANE_OPERATION, LaneSummarySchema, LANE_MODULES),
} as const;
