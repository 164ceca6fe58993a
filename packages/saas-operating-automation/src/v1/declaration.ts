import {
  AUTOMATION,
  AUTOMATION_STATUSES,
  type ContractDeclaration,
  checksOf,
  statusFieldsOf,
  V1,
} from '@cavra/contracts-core';

/** The operation name of this contract. */
export const SAAS_OPERATING_AUTOMATION_OPERATION = 'saas_operating_automation';

/**
 * Each check, in contract order, paired with the summary field that reports it. This table
 * is the one declaration of the checks.
 */
export const SAAS_OPERATING_AUTOMATION_CHECK_FIELDS = /* @__PURE__ */ Object.freeze({
  billing_monitoring: 'billing_monitoring_status',
  license_telemetry_sync: 'license_telemetry_status',
  support_followup: 'support_followup_status',
  customer_success_review: 'customer_success_review_status',
  dashboard_refresh: 'dashboard_refresh_status',
  escalation_drill: 'escalation_drill_status',
  closeout_retry: 'closeout_retry_status',
} as const);

/** The summary field that reports the automation as a whole, beside the per-check fields. */
export const SAAS_OPERATING_AUTOMATION_OVERALL_FIELD = 'automation_status';

/** The private modules a real evaluation needs, in order. */
export const SAAS_OPERATING_AUTOMATION_PRIVATE_MODULES = /* @__PURE__ */ Object.freeze([
  'billing monitoring',
  'license telemetry sync',
  'support follow-up',
  'customer-success review',
  'dashboard refresh automation',
  'escalation drill scheduler',
  'closeout retry automation',
] as const);

/** Default `automation_scope` of requests and summaries. */
export const DEFAULT_AUTOMATION_SCOPE = 'trial-to-paid-customer-scale';

/** Default `automation_cadence` of requests and summaries. */
export const DEFAULT_AUTOMATION_CADENCE = 'daily';

/** Default `automation_boundary`: what the public contract does and does not do. */
export const SAAS_OPERATING_AUTOMATION_BOUNDARY =
  'Public contract only: it fixes the shape of automation readiness data. Schedules, job runs and retry state stay in the private CAVRA service, which alone evaluates them.';

/** The checks, in contract order (the default `required_checks`). */
export const SAAS_OPERATING_AUTOMATION_CHECKS = /* @__PURE__ */ checksOf(
  SAAS_OPERATING_AUTOMATION_CHECK_FIELDS,
);

/** The per-check summary status fields, in contract order. */
export const SAAS_OPERATING_AUTOMATION_STATUS_FIELDS = /* @__PURE__ */ statusFieldsOf(
  SAAS_OPERATING_AUTOMATION_CHECK_FIELDS,
);

/** The status vocabulary of the summary (automation). */
export const SAAS_OPERATING_AUTOMATION_STATUSES = AUTOMATION_STATUSES;

/** The `saas_operating_automation` contract, schema version v1, as facts. */
export const saasOperatingAutomationDeclaration = {
  packageName: '@cavra/saas-operating-automation',
  versions: V1,
  operation: SAAS_OPERATING_AUTOMATION_OPERATION,
  title: 'SaaS operating automation',
  checks: SAAS_OPERATING_AUTOMATION_CHECK_FIELDS,
  overallFields: [SAAS_OPERATING_AUTOMATION_OVERALL_FIELD],
  vocabulary: AUTOMATION,
  privateModules: SAAS_OPERATING_AUTOMATION_PRIVATE_MODULES,
  boundary: SAAS_OPERATING_AUTOMATION_BOUNDARY,
  payload: {
    automation_scope: { kind: 'label', default: DEFAULT_AUTOMATION_SCOPE },
    automation_cadence: { kind: 'label', default: DEFAULT_AUTOMATION_CADENCE },
    required_checks: { kind: 'list', of: 'checks' },
    automation_boundary: { kind: 'boundary' },
  },
  summary: {
    automation_scope: 'request',
    automation_cadence: 'request',
    blockers: { kind: 'list', of: 'lines' },
    private_validation_required: { kind: 'flag' },
    automation_boundary: 'request',
  },
  compatibility: {
    path: '/saas/operating-automation',
    command: ['saas', 'operating-automation'],
  },
} as const satisfies ContractDeclaration;
