import type { ContractFacts } from '@cavra/contract-testkit';
import { V2 } from '@cavra/contracts-core';
import { SUPPORT_HANDOFF_READINESS_BOUNDARY } from '../src/v1/declaration.js';

// The facts of DESIGN.md the tests compare the package with, written out once per version.

/** DESIGN.md, `support_handoff_readiness` v1, written out. */
export const CHECK_FIELDS_V1 = {
  support_owner_assignment: 'support_status',
  customer_success_owner_assignment: 'customer_success_status',
  escalation_routing: 'escalation_status',
  customer_health_review: 'health_review_status',
  handoff_dashboard: 'dashboard_status',
  release_owner_acceptance: null,
};

/** The v1 summary status fields, in order. */
export const STATUS_FIELDS_V1 = [
  'support_status',
  'customer_success_status',
  'escalation_status',
  'health_review_status',
  'dashboard_status',
];

/** The v1 facts the contract testkit checks. */
export const FACTS_V1: ContractFacts = {
  operation: 'support_handoff_readiness',
  checkFields: CHECK_FIELDS_V1,
  overallFields: [],
  statuses: ['ready', 'degraded', 'blocked', 'unknown'],
  severity: ['blocked', 'unknown', 'degraded', 'ready'],
  satisfied: ['ready'],
  privateModules: [
    'support ownership',
    'customer-success ownership',
    'escalation routing',
    'customer health review',
    'handoff dashboard',
    'release owner acceptance',
  ],
  payloadDefaults: {
    handoff_scope: 'hosted-saas-support',
    support_tier: 'enterprise',
    required_checks: Object.keys(CHECK_FIELDS_V1),
    // DESIGN.md leaves the boundary wording to us.
    handoff_boundary: SUPPORT_HANDOFF_READINESS_BOUNDARY,
  },
  payloadLabelFields: ['handoff_scope', 'support_tier'],
  boundaryField: 'handoff_boundary',
  summaryFields: [
    'tenant_id',
    ...STATUS_FIELDS_V1,
    'support_tier',
    'handoff_scope',
    'blockers',
    'private_validation_required',
    'handoff_boundary',
  ],
  summaryDefaults: { blockers: [], private_validation_required: true },
  inheritedFields: ['handoff_scope', 'support_tier', 'handoff_boundary'],
  summaryLabelFields: ['support_tier', 'handoff_scope'],
  foreignOperation: 'saas_operating_automation',
  foreignCheck: 'billing_monitoring',
  foreignModule: 'billing monitoring',
  foreignStatus: 'scheduled',
};

/** DESIGN.md, v2: v1 with `release_owner_acceptance` reported by `release_owner_status`. */
export const CHECK_FIELDS_V2 = {
  ...CHECK_FIELDS_V1,
  release_owner_acceptance: 'release_owner_status',
};

/** The v2 summary status fields: v1's, then `release_owner_status` after `dashboard_status`. */
export const STATUS_FIELDS_V2 = [...STATUS_FIELDS_V1, 'release_owner_status'];

/** The v2 facts the contract testkit checks. */
export const FACTS_V2: ContractFacts = {
  ...FACTS_V1,
  versions: V2,
  checkFields: CHECK_FIELDS_V2,
  summaryFields: [
    'tenant_id',
    ...STATUS_FIELDS_V2,
    ...FACTS_V1.summaryFields.slice(1 + STATUS_FIELDS_V1.length),
  ],
};
