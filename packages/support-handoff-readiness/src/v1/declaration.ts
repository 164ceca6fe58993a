import {
  type ContractDeclaration,
  checksOf,
  READINESS,
  READINESS_STATUSES,
  statusFieldsOf,
  V1,
} from '@cavra/contracts-core';

/** The operation name of this contract. */
export const SUPPORT_HANDOFF_READINESS_OPERATION = 'support_handoff_readiness';

/**
 * Each check, in contract order, paired with the summary field that reports it.
 * `release_owner_acceptance` has no summary field in schema v1 (`null`). This table is the
 * one declaration of the checks.
 */
export const SUPPORT_HANDOFF_READINESS_CHECK_FIELDS = /* @__PURE__ */ Object.freeze({
  support_owner_assignment: 'support_status',
  customer_success_owner_assignment: 'customer_success_status',
  escalation_routing: 'escalation_status',
  customer_health_review: 'health_review_status',
  handoff_dashboard: 'dashboard_status',
  release_owner_acceptance: null,
} as const);

/** The private modules a real evaluation needs, in order. */
export const SUPPORT_HANDOFF_READINESS_PRIVATE_MODULES = /* @__PURE__ */ Object.freeze([
  'support ownership',
  'customer-success ownership',
  'escalation routing',
  'customer health review',
  'handoff dashboard',
  'release owner acceptance',
] as const);

/** Default `handoff_scope` of requests and summaries. */
export const DEFAULT_HANDOFF_SCOPE = 'hosted-saas-support';

/** Default `support_tier` of requests and summaries. */
export const DEFAULT_SUPPORT_TIER = 'enterprise';

/** Default `handoff_boundary`: what the public contract does and does not do. */
export const SUPPORT_HANDOFF_READINESS_BOUNDARY =
  'Public contract only: it fixes the shape of support-handoff readiness data. Owner assignments, customer health and escalation routes stay in the private CAVRA service, which alone evaluates them.';

/** The checks, in contract order (the default `required_checks`). */
export const SUPPORT_HANDOFF_READINESS_CHECKS = /* @__PURE__ */ checksOf(
  SUPPORT_HANDOFF_READINESS_CHECK_FIELDS,
);

/** The summary status fields, in contract order. */
export const SUPPORT_HANDOFF_READINESS_STATUS_FIELDS = /* @__PURE__ */ statusFieldsOf(
  SUPPORT_HANDOFF_READINESS_CHECK_FIELDS,
);

/** The status vocabulary of the summary (readiness). */
export const SUPPORT_HANDOFF_READINESS_STATUSES = READINESS_STATUSES;

/** The `support_handoff_readiness` contract, schema version v1, as facts. */
export const supportHandoffReadinessDeclaration = {
  packageName: '@cavra/support-handoff-readiness',
  versions: V1,
  operation: SUPPORT_HANDOFF_READINESS_OPERATION,
  title: 'support handoff readiness',
  checks: SUPPORT_HANDOFF_READINESS_CHECK_FIELDS,
  vocabulary: READINESS,
  privateModules: SUPPORT_HANDOFF_READINESS_PRIVATE_MODULES,
  boundary: SUPPORT_HANDOFF_READINESS_BOUNDARY,
  payload: {
    handoff_scope: { kind: 'label', default: DEFAULT_HANDOFF_SCOPE },
    support_tier: { kind: 'label', default: DEFAULT_SUPPORT_TIER },
    required_checks: { kind: 'list', of: 'checks' },
    handoff_boundary: { kind: 'boundary' },
  },
  summary: {
    support_tier: 'request',
    handoff_scope: 'request',
    blockers: { kind: 'list', of: 'lines' },
    private_validation_required: { kind: 'flag' },
    handoff_boundary: 'request',
  },
  compatibility: {
    path: '/saas/support-handoff-readiness',
    command: ['saas', 'support-handoff-readiness'],
  },
} as const satisfies ContractDeclaration;
