import {
  type ContractDeclaration,
  checksOf,
  READINESS,
  READINESS_STATUSES,
  statusFieldsOf,
  V1,
} from '@cavra/contracts-core';

/** The operation name of this contract. */
export const CUSTOMER_OPERATING_DASHBOARD_OPERATION = 'customer_operating_dashboard';

/**
 * Each check, in contract order, paired with the summary field that reports it: the one
 * declaration of the checks.
 */
export const CUSTOMER_OPERATING_DASHBOARD_CHECK_FIELDS = /* @__PURE__ */ Object.freeze({
  dashboard_visibility: 'dashboard_status',
  billing_observability: 'billing_status',
  license_service_telemetry: 'license_service_status',
  support_handoff: 'support_handoff_status',
  customer_success_health: 'customer_success_status',
  escalation_readiness: 'escalation_status',
  release_acceptance: 'release_closeout_status',
} as const);

/** The private modules a real evaluation needs, in order. */
export const CUSTOMER_OPERATING_DASHBOARD_PRIVATE_MODULES = /* @__PURE__ */ Object.freeze([
  'billing observability',
  'license-service telemetry',
  'support handoff',
  'customer-success health',
  'escalation routing',
  'release closeout',
  'operating dashboard',
] as const);

/** Default `dashboard_scope` of requests and summaries. */
export const DEFAULT_DASHBOARD_SCOPE = 'tenant-operating';

/** Default `evidence_window` of requests. */
export const DEFAULT_EVIDENCE_WINDOW = 'last-24h';

/** Default `dashboard_boundary`: what the public contract does and does not do. */
export const CUSTOMER_OPERATING_DASHBOARD_BOUNDARY =
  'Public contract only: it fixes the shape of dashboard readiness data. Billing, telemetry, support and release evidence stay in the private CAVRA service, which alone evaluates them.';

/** The checks, in contract order (the default `required_checks`). */
export const CUSTOMER_OPERATING_DASHBOARD_CHECKS = /* @__PURE__ */ checksOf(
  CUSTOMER_OPERATING_DASHBOARD_CHECK_FIELDS,
);

/** The summary status fields, in contract order. */
export const CUSTOMER_OPERATING_DASHBOARD_STATUS_FIELDS = /* @__PURE__ */ statusFieldsOf(
  CUSTOMER_OPERATING_DASHBOARD_CHECK_FIELDS,
);

/** The status vocabulary of the summary (readiness). */
export const CUSTOMER_OPERATING_DASHBOARD_STATUSES = READINESS_STATUSES;

/** The `customer_operating_dashboard` contract, schema version v1, as facts. */
export const customerOperatingDashboardDeclaration = {
  packageName: '@cavra/customer-operating-dashboard',
  versions: V1,
  operation: CUSTOMER_OPERATING_DASHBOARD_OPERATION,
  title: 'customer operating dashboard',
  checks: CUSTOMER_OPERATING_DASHBOARD_CHECK_FIELDS,
  vocabulary: READINESS,
  privateModules: CUSTOMER_OPERATING_DASHBOARD_PRIVATE_MODULES,
  boundary: CUSTOMER_OPERATING_DASHBOARD_BOUNDARY,
  payload: {
    dashboard_scope: { kind: 'label', default: DEFAULT_DASHBOARD_SCOPE },
    evidence_window: { kind: 'label', default: DEFAULT_EVIDENCE_WINDOW },
    required_checks: { kind: 'list', of: 'checks' },
    dashboard_boundary: { kind: 'boundary' },
  },
  summary: {
    latest_dashboard_at: { kind: 'timestamp' },
    dashboard_scope: 'request',
    blockers: { kind: 'list', of: 'lines' },
    private_validation_required: { kind: 'flag' },
    dashboard_boundary: 'request',
  },
  compatibility: {
    path: '/saas/customer-operating-dashboard',
    command: ['saas', 'customer-operating-dashboard'],
  },
} as const satisfies ContractDeclaration;
