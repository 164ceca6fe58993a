import { fileURLToPath } from 'node:url';
import {
  type ContractFacts,
  type ContractUnderTest,
  describeContractConformance,
  describeDependencies,
  describeJsonSchema,
  describeReadme,
} from '@cavra/contract-testkit';
import { rollupSummary } from '@cavra/contracts-core';
import { buildSaasOperatingAutomationRequest } from '@cavra/saas-operating-automation';
import { describe, expect, it } from 'vitest';
import * as api from './index.js';
import {
  buildSaasOperatingAutomationWorkerHandoffRequest as buildRequest,
  buildSaasOperatingAutomationWorkerHandoffResponse as buildResponse,
  describeSaasOperatingAutomationWorkerHandoff,
  fromAutomationRequest,
  parseSaasOperatingAutomationWorkerHandoffRequest,
  parseSaasOperatingAutomationWorkerHandoffResponse,
  rollupSaasOperatingAutomationWorkerHandoff as rollup,
  SAAS_OPERATING_AUTOMATION_WORKER_HANDOFF_BOUNDARY,
  SaasOperatingAutomationWorkerHandoffRequestSchema,
  SaasOperatingAutomationWorkerHandoffResponseSchema,
  saasOperatingAutomationWorkerHandoffContract,
  safeParseSaasOperatingAutomationWorkerHandoffRequest,
  safeParseSaasOperatingAutomationWorkerHandoffResponse,
  WORKER_HANDOFF,
  WORKER_MODES,
} from './index.js';

const PACKAGE_NAME = '@cavra/saas-operating-automation-worker-handoff';
const packagePath = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** DESIGN.md, `saas_operating_automation_worker_handoff`, written out. */
const CHECKS = [
  'billing_monitoring',
  'license_telemetry_sync',
  'support_followup',
  'customer_success_review',
  'dashboard_refresh',
  'escalation_drill',
  'closeout_retry',
];

const FACTS: ContractFacts = {
  operation: 'saas_operating_automation_worker_handoff',
  checkFields: Object.fromEntries(CHECKS.map((check) => [check, null])),
  overallFields: ['handoff_status'],
  statuses: ['planned', 'ready', 'blocked', 'requires_private_service', 'unknown'],
  severity: ['blocked', 'unknown', 'requires_private_service', 'planned', 'ready'],
  satisfied: ['requires_private_service', 'planned', 'ready'],
  // DESIGN.md names no private modules for this operation; these are ours.
  privateModules: [
    'automation worker scheduler',
    'automation evidence sink',
    'automation retry policy',
    'automation worker runtime',
  ],
  payloadDefaults: {
    deployment_environment: 'production',
    worker_mode: 'dry_run',
    required_checks: CHECKS,
    worker_targets: CHECKS,
    handoff_boundary: SAAS_OPERATING_AUTOMATION_WORKER_HANDOFF_BOUNDARY,
  },
  payloadLabelFields: ['deployment_environment'],
  boundaryField: 'handoff_boundary',
  summaryFields: [
    'tenant_id',
    'handoff_status',
    'deployment_environment',
    'scheduler_ref',
    'evidence_sink_ref',
    'retry_policy_ref',
    'worker_owner',
    'worker_mode',
    'required_checks',
    'worker_targets',
    'blockers',
    'private_validation_required',
    'handoff_boundary',
  ],
  summaryDefaults: {
    scheduler_ref: 'scheduler-pending',
    evidence_sink_ref: 'evidence-sink-pending',
    retry_policy_ref: 'retry-policy-pending',
    worker_owner: 'operations-owner',
    blockers: [],
    private_validation_required: true,
  },
  inheritedFields: [
    'deployment_environment',
    'worker_mode',
    'required_checks',
    'worker_targets',
    'handoff_boundary',
  ],
  summaryLabelFields: ['deployment_environment'],
  foreignOperation: 'customer_operating_dashboard',
  foreignCheck: 'dashboard_visibility',
  foreignModule: 'operating dashboard',
  foreignStatus: 'degraded',
  statusDefaults: { handoff_status: 'requires_private_service' },
  inheritedSamples: {
    worker_mode: ['shadow', 'live'],
    required_checks: [['closeout_retry', 'billing_monitoring'], ['billing_monitoring']],
    worker_targets: [['closeout_retry'], ['escalation_drill']],
  },
};

const CONTRACT: ContractUnderTest = {
  api: {
    buildRequest,
    buildResponse,
    parseRequest: parseSaasOperatingAutomationWorkerHandoffRequest,
    parseResponse: parseSaasOperatingAutomationWorkerHandoffResponse,
    safeParseRequest: safeParseSaasOperatingAutomationWorkerHandoffRequest,
    safeParseResponse: safeParseSaasOperatingAutomationWorkerHandoffResponse,
    describe: describeSaasOperatingAutomationWorkerHandoff,
    rollup,
    requestSchema: SaasOperatingAutomationWorkerHandoffRequestSchema,
    responseSchema: SaasOperatingAutomationWorkerHandoffResponseSchema,
    unguardedRequestSchema: saasOperatingAutomationWorkerHandoffContract.spec.requestSchema,
  },
  facts: FACTS,
};

describeContractConformance(CONTRACT);
describeJsonSchema(CONTRACT, { packageDir: packagePath(''), packageName: PACKAGE_NAME });
describeDependencies(packagePath(''), { handsOffFrom: '@cavra/saas-operating-automation' });
describeReadme({
  readmePath: packagePath('README.md'),
  examplePath: packagePath('examples/usage.ts'),
  runExample: () => import('../examples/usage.js'),
  expectedOutput: [
    'planned',
    ['closeout_retry'],
    'worker_targets must name only checks that required_checks names',
  ],
  packageName: PACKAGE_NAME,
  exports: api,
  facts: FACTS,
});

describe('saas_operating_automation_worker_handoff keeps the facts of DESIGN.md', () => {
  it('uses the worker modes and the handoff rollup order', () => {
    expect(WORKER_MODES).toEqual(['dry_run', 'shadow', 'live', 'unknown']);
    expect(WORKER_HANDOFF.order).toEqual(FACTS.severity);
  });

  it('rolls up to handoff_status, worst first', () => {
    for (const status of FACTS.severity) {
      expect(rollup({ tenant_id: 'tenant-a', handoff_status: status as 'ready' }).status).toBe(
        status,
      );
    }
  });

  it('lists every check as targeted or not', () => {
    const summary = {
      tenant_id: 'tenant-a',
      required_checks: ['billing_monitoring', 'closeout_retry'] as const,
      worker_targets: ['closeout_retry'] as const,
    };
    expect(rollup(summary).checks.map((entry) => [entry.check, entry.targeted])).toEqual(
      CHECKS.map((check) => [check, check === 'closeout_retry']),
    );
    // Core's rollup of the same contract gives the same view, without the targets.
    const { checks, ...rest } = rollup(summary);
    expect(rollupSummary(saasOperatingAutomationWorkerHandoffContract, summary)).toEqual({
      ...rest,
      checks: checks.map(({ targeted: _, ...entry }) => entry),
    });
  });
});

describe('worker_targets stays within required_checks', () => {
  it('refuses a target outside the required checks, naming both fields', () => {
    const outcome = safeParseSaasOperatingAutomationWorkerHandoffRequest({
      ...buildRequest('tenant-a', {
        required_checks: ['billing_monitoring'],
        worker_targets: ['billing_monitoring'],
      }),
      payload: { required_checks: ['billing_monitoring'], worker_targets: ['closeout_retry'] },
    });
    expect(outcome.success).toBe(false);
    expect(outcome.success ? [] : outcome.issues).toEqual([
      {
        path: 'payload.worker_targets',
        message: 'worker_targets must name only checks that required_checks names',
        rule: expect.any(String),
      },
    ]);
  });

  it('builders narrow worker_targets with required_checks when no targets are given', () => {
    const request = buildRequest('tenant-a', { required_checks: ['closeout_retry'] });
    expect(request.payload.worker_targets).toEqual(['closeout_retry']);
  });

  it('parsers refuse a document that narrows required_checks alone (targets default to all seven)', () => {
    const request = buildRequest('tenant-a');
    expect(() =>
      parseSaasOperatingAutomationWorkerHandoffRequest({
        ...request,
        payload: { required_checks: ['closeout_retry'] },
      }),
    ).toThrow(/worker_targets must name only checks that required_checks names/);
  });

  it('applies to the summary too', () => {
    const request = buildRequest('tenant-a');
    expect(() =>
      buildResponse(request, {
        required_checks: ['closeout_retry'],
        worker_targets: ['escalation_drill'],
      }),
    ).toThrow(/worker_targets must name only checks/);
  });
});

describe('references and worker_owner are labels', () => {
  for (const field of ['scheduler_ref', 'evidence_sink_ref', 'retry_policy_ref', 'worker_owner']) {
    it(`refuses a URL in ${field}`, () => {
      const url = ['ftp', '://', 'host.example/jobs'].join('');
      expect(() => buildResponse(buildRequest('tenant-a'), { [field]: url })).toThrow(
        `${field} must be a label, not a URL`,
      );
    });
  }
});

describe('fromAutomationRequest', () => {
  it('copies the tenant, requested_by and required checks, and targets them', () => {
    const automation = buildSaasOperatingAutomationRequest('tenant-b', {
      requested_by: 'ops-bot',
      required_checks: ['support_followup', 'dashboard_refresh'],
    });
    const request = fromAutomationRequest(automation, { worker_mode: 'live' });
    expect(request).toMatchObject({
      operation: 'saas_operating_automation_worker_handoff',
      tenant_id: 'tenant-b',
      requested_by: 'ops-bot',
      payload: {
        deployment_environment: 'production',
        worker_mode: 'live',
        required_checks: ['support_followup', 'dashboard_refresh'],
        worker_targets: ['support_followup', 'dashboard_refresh'],
      },
    });
    expect(request.correlation_id).not.toBe(automation.correlation_id);
  });

  it('refuses a target the automation request does not require', () => {
    const automation = buildSaasOperatingAutomationRequest('tenant-b', {
      required_checks: ['support_followup'],
    });
    expect(() => fromAutomationRequest(automation, { worker_targets: ['closeout_retry'] })).toThrow(
      /worker_targets must name only checks that required_checks names/,
    );
  });
});
