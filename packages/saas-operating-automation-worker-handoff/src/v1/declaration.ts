import { type ContractDeclaration, type StatusVocabulary, V1 } from '@cavra/contracts-core';
import {
  SAAS_OPERATING_AUTOMATION_CHECKS,
  type SaasOperatingAutomationCheck,
} from '@cavra/saas-operating-automation/v1';

/** The operation name of this contract. */
export const SAAS_OPERATING_AUTOMATION_WORKER_HANDOFF_OPERATION =
  'saas_operating_automation_worker_handoff';

/**
 * The handoff statuses, in vocabulary order. This contract alone uses them, so they live here
 * rather than in core (core holds the vocabularies several contracts share).
 */
export const WORKER_HANDOFF_STATUSES = /* @__PURE__ */ Object.freeze([
  'planned',
  'ready',
  'blocked',
  'requires_private_service',
  'unknown',
] as const);

/**
 * The handoff vocabulary: its statuses, their rollup order (worst first) and the statuses that
 * need no attention. `blocked` is worst, then `unknown` (no evidence), then
 * `requires_private_service` (only the private service can go on), `planned`, and `ready`.
 */
export const WORKER_HANDOFF = /* @__PURE__ */ Object.freeze({
  statuses: WORKER_HANDOFF_STATUSES,
  order: ['blocked', 'unknown', 'requires_private_service', 'planned', 'ready'],
  satisfied: ['requires_private_service', 'planned', 'ready'],
} as const) satisfies StatusVocabulary;

/** The modes a worker may run a handed-off check in. */
export const WORKER_MODES = /* @__PURE__ */ Object.freeze([
  'dry_run',
  'shadow',
  'live',
  'unknown',
] as const);

/**
 * The checks, in the automation contract's order, each paired with `null`: a handoff reports
 * no per-check status; `handoff_status` is its one status. The checks are declared once, by
 * `@cavra/saas-operating-automation`.
 */
export const SAAS_OPERATING_AUTOMATION_WORKER_HANDOFF_CHECK_FIELDS =
  /* @__PURE__ */ withoutStatusFields(SAAS_OPERATING_AUTOMATION_CHECKS);

/**
 * Pairs every check with `null`, as a frozen check-field table.
 *
 * @param checks The checks, in order.
 * @returns The table.
 */
// @__NO_SIDE_EFFECTS__
function withoutStatusFields<const TCheck extends SaasOperatingAutomationCheck>(
  checks: readonly TCheck[],
): { readonly [K in TCheck]: null } {
  return Object.freeze(Object.fromEntries(checks.map((check) => [check, null]))) as {
    readonly [K in TCheck]: null;
  };
}

/** The summary field that holds the handoff's one status. */
export const SAAS_OPERATING_AUTOMATION_WORKER_HANDOFF_OVERALL_FIELD = 'handoff_status';

/** The private modules a real handoff needs, in order. */
export const SAAS_OPERATING_AUTOMATION_WORKER_HANDOFF_PRIVATE_MODULES =
  /* @__PURE__ */ Object.freeze([
    'automation worker scheduler',
    'automation evidence sink',
    'automation retry policy',
    'automation worker runtime',
  ] as const);

/** Default `deployment_environment` of requests and summaries. */
export const DEFAULT_DEPLOYMENT_ENVIRONMENT = 'production';
/** Default `worker_mode` of requests and summaries. */
export const DEFAULT_WORKER_MODE = 'dry_run' satisfies (typeof WORKER_MODES)[number];
/** Default summary `handoff_status`. */
export const DEFAULT_HANDOFF_STATUS =
  'requires_private_service' satisfies (typeof WORKER_HANDOFF_STATUSES)[number];
/** Default summary `scheduler_ref`. */
export const DEFAULT_SCHEDULER_REF = 'scheduler-pending';
/** Default summary `evidence_sink_ref`. */
export const DEFAULT_EVIDENCE_SINK_REF = 'evidence-sink-pending';
/** Default summary `retry_policy_ref`. */
export const DEFAULT_RETRY_POLICY_REF = 'retry-policy-pending';
/** Default summary `worker_owner`. */
export const DEFAULT_WORKER_OWNER = 'operations-owner';

/** Default `handoff_boundary`: what the public contract does and does not do. */
export const SAAS_OPERATING_AUTOMATION_WORKER_HANDOFF_BOUNDARY =
  'Public contract only: it carries handoff metadata (environment, worker mode, targeted checks and reference labels). Workers, schedules, evidence and retries stay in the private CAVRA service.';

/** The `saas_operating_automation_worker_handoff` contract, schema version v1, as facts. */
export const saasOperatingAutomationWorkerHandoffDeclaration = {
  packageName: '@cavra/saas-operating-automation-worker-handoff',
  versions: V1,
  operation: SAAS_OPERATING_AUTOMATION_WORKER_HANDOFF_OPERATION,
  title: 'SaaS operating automation worker handoff',
  checks: SAAS_OPERATING_AUTOMATION_WORKER_HANDOFF_CHECK_FIELDS,
  overallFields: [SAAS_OPERATING_AUTOMATION_WORKER_HANDOFF_OVERALL_FIELD],
  vocabulary: WORKER_HANDOFF,
  privateModules: SAAS_OPERATING_AUTOMATION_WORKER_HANDOFF_PRIVATE_MODULES,
  boundary: SAAS_OPERATING_AUTOMATION_WORKER_HANDOFF_BOUNDARY,
  payload: {
    deployment_environment: { kind: 'label', default: DEFAULT_DEPLOYMENT_ENVIRONMENT },
    worker_mode: { kind: 'status', values: WORKER_MODES, default: DEFAULT_WORKER_MODE },
    required_checks: { kind: 'list', of: 'checks' },
    // Targets stay within the required checks; the error names both fields.
    worker_targets: { kind: 'list', of: 'checks', within: 'required_checks' },
    handoff_boundary: { kind: 'boundary' },
  },
  summary: {
    handoff_status: { kind: 'status', default: DEFAULT_HANDOFF_STATUS },
    deployment_environment: 'request',
    scheduler_ref: { kind: 'identifier', default: DEFAULT_SCHEDULER_REF },
    evidence_sink_ref: { kind: 'identifier', default: DEFAULT_EVIDENCE_SINK_REF },
    retry_policy_ref: { kind: 'identifier', default: DEFAULT_RETRY_POLICY_REF },
    worker_owner: { kind: 'identifier', default: DEFAULT_WORKER_OWNER },
    worker_mode: 'request',
    required_checks: 'request',
    worker_targets: 'request',
    blockers: { kind: 'list', of: 'lines' },
    private_validation_required: { kind: 'flag' },
    handoff_boundary: 'request',
  },
  compatibility: {
    path: '/saas/operating-automation/worker-handoff',
    command: ['saas', 'worker-handoff'],
  },
} as const satisfies ContractDeclaration;
