import {
  type AnyContract,
  AUTOMATION,
  defineContract,
  rollupSummary,
  V1,
} from '@cavra/contracts-core';
import { customerOperatingDashboardContract as customerOperatingDashboardContractTyped } from '@cavra/customer-operating-dashboard';
import { saasOperatingAutomationContract as saasOperatingAutomationContractTyped } from '@cavra/saas-operating-automation';
import { supportHandoffReadinessContract as supportHandoffReadinessContractTyped } from '@cavra/support-handoff-readiness';
import { supportHandoffReadinessContract as supportHandoffReadinessV1Typed } from '@cavra/support-handoff-readiness/v1';
import { describe, expect, it } from 'vitest';
import { consoleContract } from './console-contract.js';
import { checkStatusWord, tenantView } from './tenant-view.js';

// The console reads any contract through the registry's untyped view.
const customerOperatingDashboardContract: AnyContract = customerOperatingDashboardContractTyped;
const saasOperatingAutomationContract: AnyContract = saasOperatingAutomationContractTyped;
const supportHandoffReadinessContract: AnyContract = supportHandoffReadinessContractTyped;
const supportHandoffReadinessV1: AnyContract = supportHandoffReadinessV1Typed;

const handoff = consoleContract(supportHandoffReadinessContract);
const automation = consoleContract(saasOperatingAutomationContract);
const dashboard = consoleContract(customerOperatingDashboardContract);

const handoffRequest = supportHandoffReadinessContract.buildRequest('tenant-harbor', {
  required_checks: ['escalation_routing', 'handoff_dashboard'],
});
const handoffResponse = supportHandoffReadinessContract.buildResponse(handoffRequest, {
  support_status: 'ready',
  customer_success_status: 'ready',
  escalation_status: 'blocked',
  health_review_status: 'degraded',
  dashboard_status: 'ready',
  release_owner_status: 'ready',
  blockers: ['no escalation owner on call'],
}) as Record<string, unknown>;

const automationResponse = (statuses: Record<string, string>) =>
  saasOperatingAutomationContract.buildResponse(
    saasOperatingAutomationContract.buildRequest('tenant-lumen'),
    {
      automation_status: 'automated',
      billing_monitoring_status: 'automated',
      license_telemetry_status: 'enabled',
      support_followup_status: 'scheduled',
      customer_success_review_status: 'ready',
      dashboard_refresh_status: 'automated',
      escalation_drill_status: 'scheduled',
      closeout_retry_status: 'enabled',
      ...statuses,
    },
  ) as Record<string, unknown>;

describe('one overall status with its reason', () => {
  it('gives the rollup of the contract and names the checks at the worst status', () => {
    const view = tenantView(handoff, handoffResponse, handoffRequest as Record<string, unknown>);
    const summary = (handoffResponse['payload'] as Record<string, unknown>)['summary'];
    expect(view.status).toBe(
      rollupSummary(supportHandoffReadinessContract, summary as object).status,
    );
    expect(view.status).toBe('blocked');
    expect(view.ready).toBe(false);
    expect(view.tone).toBe('worst');
    expect(view.reason).toBe(
      'escalation_routing is blocked; 1 more check needs attention; 1 blocker',
    );
  });

  it('says a tenant is ready only when every status is and nothing blocks it', () => {
    const request = customerOperatingDashboardContract.buildRequest('tenant-ready');
    const statuses = Object.fromEntries(dashboard.status_fields.map((field) => [field, 'ready']));
    const response = customerOperatingDashboardContract.buildResponse(request, statuses);
    const view = tenantView(dashboard, response as Record<string, unknown>);
    expect(view).toMatchObject({ status: 'ready', ready: true, tone: 'ok' });
    expect(view.reason).toBe('every reported status is ready and there are no blockers');
  });

  it('agrees with the contract rollup for every status of every field', () => {
    for (const status of supportHandoffReadinessContract.spec.statuses) {
      const response = supportHandoffReadinessContract.buildResponse(handoffRequest, {
        support_status: status,
        customer_success_status: 'ready',
        escalation_status: 'ready',
        health_review_status: 'degraded',
        dashboard_status: 'ready',
        release_owner_status: 'ready',
      }) as Record<string, unknown>;
      const summary = (response['payload'] as Record<string, unknown>)['summary'];
      expect(tenantView(handoff, response).status).toBe(
        rollupSummary(supportHandoffReadinessContract, summary as object).status,
      );
    }
  });
});

describe("the automation's automation_status is the service's own claim, shown beside the rollup", () => {
  it('keeps one overall status and shows the claim apart, saying how it compares', () => {
    const view = tenantView(automation, automationResponse({}));
    expect(view.status).toBe('scheduled');
    expect(view.ready).toBe(true);
    expect(view.reason).toBe(
      'nothing needs attention; the least advanced is scheduled: support_followup, escalation_drill',
    );
    expect(view.claims).toEqual([
      {
        field: 'automation_status',
        status: 'automated',
        tone: 'ok',
        note: 'the service states its own overall status; the statuses roll up to scheduled',
      },
    ]);
    expect(view.checks.map((row) => row.check)).not.toContain('automation_status');
  });

  it('names the claim in the reason when the claim is the worst status', () => {
    const view = tenantView(automation, automationResponse({ automation_status: 'blocked' }));
    expect(view.status).toBe('blocked');
    expect(view.reason).toBe("automation_status (the service's own claim) is blocked");
    expect(view.claims[0]?.note).toBe(
      'the service states its own overall status, which agrees with the rollup',
    );
  });
});

describe('a check without a status says why', () => {
  it('explains a check that the schema version has no field for', () => {
    const request = supportHandoffReadinessV1.buildRequest('tenant-harbor');
    const v1Response = supportHandoffReadinessV1.buildResponse(request, {
      support_status: 'ready',
      customer_success_status: 'ready',
      escalation_status: 'ready',
      health_review_status: 'ready',
      dashboard_status: 'ready',
    }) as Record<string, unknown>;
    const view = tenantView(consoleContract(supportHandoffReadinessV1), v1Response, null);
    const release = view.checks.find((row) => row.check === 'release_owner_acceptance');
    expect(release).toEqual({
      check: 'release_owner_acceptance',
      field: null,
      status: null,
      tone: 'none',
      requested: null,
      targeted: null,
      note: 'no status: response schema v1 has no summary field for this check, so only the private service can report it',
    });
  });

  it('marks the checks the request did not require', () => {
    const view = tenantView(handoff, handoffResponse, handoffRequest as Record<string, unknown>);
    const notes = Object.fromEntries(view.checks.map((row) => [row.check, row.note]));
    expect(notes['support_owner_assignment']).toBe('not requested by the request');
    expect(notes['escalation_routing']).toBeNull();
  });
});

describe('a handoff lists its checks as targeted or not targeted', () => {
  // A handoff in the worker handoff's shape: no per-check status, targets within the checks.
  const probe: AnyContract = defineContract({
    packageName: '@cavra/probe',
    versions: V1,
    operation: 'probe_handoff',
    title: 'probe handoff',
    checks: { billing_monitoring: null, closeout_retry: null, escalation_drill: null },
    overallFields: ['handoff_status'],
    vocabulary: AUTOMATION,
    privateModules: ['probe worker'],
    boundary: 'Public contract only.',
    payload: {
      required_checks: { kind: 'list', of: 'checks' },
      worker_targets: { kind: 'list', of: 'checks', within: 'required_checks' },
      handoff_boundary: { kind: 'boundary' },
    },
    summary: {
      required_checks: 'request',
      worker_targets: 'request',
      blockers: { kind: 'list', of: 'lines' },
      private_validation_required: { kind: 'flag' },
      handoff_boundary: 'request',
    },
    compatibility: { path: '/probe', command: ['probe'] },
  });
  const request = probe.buildRequest('tenant-probe', {
    required_checks: ['billing_monitoring', 'closeout_retry'],
    worker_targets: ['closeout_retry'],
  });
  const response = probe.buildResponse(request, { handoff_status: 'scheduled' }) as Record<
    string,
    unknown
  >;

  it('reads the target field from the declaration', () => {
    expect(consoleContract(probe).target_field).toBe('worker_targets');
    expect(handoff.target_field).toBeNull();
    expect(automation.target_field).toBeNull();
  });

  it('shows each check as targeted or not targeted, never as not reported', () => {
    const view = tenantView(consoleContract(probe), response, request as Record<string, unknown>);
    expect(view.checks.map((row) => [row.check, checkStatusWord(row), row.note])).toEqual([
      ['billing_monitoring', 'not targeted', 'not listed in worker_targets'],
      ['closeout_retry', 'targeted', 'listed in worker_targets'],
      ['escalation_drill', 'not targeted', 'not requested by the request'],
    ]);
    expect(view.checks.map((row) => row.targeted)).toEqual([false, true, false]);
    expect(view.status).toBe('scheduled');
  });

  it('keeps not reported for a check of a contract without targets', () => {
    // v1 of the support handoff has no summary field for release_owner_acceptance.
    const request = supportHandoffReadinessV1.buildRequest('tenant-harbor');
    const response = supportHandoffReadinessV1.buildResponse(request, {
      support_status: 'ready',
      customer_success_status: 'ready',
      escalation_status: 'blocked',
      health_review_status: 'ready',
      dashboard_status: 'ready',
    }) as Record<string, unknown>;
    const view = tenantView(consoleContract(supportHandoffReadinessV1), response, null);
    const release = view.checks.find((row) => row.check === 'release_owner_acceptance');
    expect(release && checkStatusWord(release)).toBe('not reported');
    const escalation = view.checks.find((row) => row.check === 'escalation_routing');
    expect(escalation && checkStatusWord(escalation)).toBe('blocked');
  });
});

describe('the envelope in plain words', () => {
  it('explains the response status and carries the ids, modules and boundary', () => {
    const view = tenantView(handoff, handoffResponse, null, 'fleet.ndjson:3');
    expect(view).toMatchObject({
      source: 'fleet.ndjson:3',
      tenant_id: 'tenant-harbor',
      correlation_id: (handoffRequest as { correlation_id: string }).correlation_id,
      schema_version: 'cavra.saas_control_plane.response.v2',
      response_status: 'requires_private_service',
      private_modules_required: supportHandoffReadinessContract.spec.privateModules,
      boundary: supportHandoffReadinessContract.spec.boundary,
      blockers: ['no escalation owner on call'],
    });
    expect(view.response_status_meaning).toMatch(/^only the shape was checked/);
  });
});
