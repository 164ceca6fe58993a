import { AUTOMATION_STATUSES, checksOf, statusFieldsOf } from '@cavra/contracts-core';

/** The operation name of this contract. */
export const SAAS_OPERATING_AUTOMATION_OPERATION = 'saas_operating_automation';

/**
 * Each check, in contract order, paired with the summary field that reports it. This table
 * is the one declaration of the checks; everything else derives from it.
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

/** One check name of this contract. */
export type SaasOperatingAutomationCheck = keyof typeof SAAS_OPERATING_AUTOMATION_CHECK_FIELDS;

/** One per-check summary status field of this contract. */
export type SaasOperatingAutomationStatusField =
  (typeof SAAS_OPERATING_AUTOMATION_CHECK_FIELDS)[SaasOperatingAutomationCheck];

/** The checks, in contract order (the default `required_checks`). */
export const SAAS_OPERATING_AUTOMATION_CHECKS = checksOf(SAAS_OPERATING_AUTOMATION_CHECK_FIELDS);

/** The per-check summary status fields, in contract order. */
export const SAAS_OPERATING_AUTOMATION_STATUS_FIELDS = statusFieldsOf(
  SAAS_OPERATING_AUTOMATION_CHECK_FIELDS,
);

/** The status vocabulary of the summary (automation). */
export const SAAS_OPERATING_AUTOMATION_STATUSES = AUTOMATION_STATUSES;

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
