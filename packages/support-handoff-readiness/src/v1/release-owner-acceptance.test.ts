import { captureContractError, expectIssueAt } from '@cavra/contract-testkit';
import { describe, expect, it } from 'vitest';
import {
  buildSupportHandoffReadinessRequest,
  buildSupportHandoffReadinessResponse,
  describeSupportHandoffReadiness,
  parseSupportHandoffReadinessRequest,
  rollupSupportHandoffReadiness,
  SUPPORT_HANDOFF_READINESS_CHECK_FIELDS,
  SUPPORT_HANDOFF_READINESS_STATUS_FIELDS,
  type SupportHandoffReadinessSummaryOptions,
} from './index.js';

const statuses = {
  support_status: 'ready',
  customer_success_status: 'ready',
  escalation_status: 'ready',
  health_review_status: 'ready',
  dashboard_status: 'ready',
} as const;
const request = buildSupportHandoffReadinessRequest('tenant-acme');

describe('release_owner_acceptance has no summary field in schema v1', () => {
  it('maps to null in the check table and adds no status field', () => {
    expect(SUPPORT_HANDOFF_READINESS_CHECK_FIELDS.release_owner_acceptance).toBeNull();
    expect(SUPPORT_HANDOFF_READINESS_STATUS_FIELDS).toHaveLength(5);
    expect(SUPPORT_HANDOFF_READINESS_STATUS_FIELDS.join(' ')).not.toMatch(/release/);
  });

  it('can still be required, alone or with other checks', () => {
    for (const required_checks of [
      ['release_owner_acceptance'],
      ['release_owner_acceptance', 'support_owner_assignment'],
    ] as const) {
      const built = buildSupportHandoffReadinessRequest('tenant-acme', { required_checks });
      expect(built.payload.required_checks).toEqual(required_checks);
      expect(parseSupportHandoffReadinessRequest(JSON.parse(JSON.stringify(built)))).toEqual(built);
    }
  });

  it('has no field a summary could report it in', () => {
    for (const field of [
      'release_owner_acceptance',
      'release_owner_acceptance_status',
      'release_status',
    ]) {
      const error = captureContractError(() =>
        buildSupportHandoffReadinessResponse(request, {
          ...statuses,
          [field]: 'ready',
        } as SupportHandoffReadinessSummaryOptions),
      );
      expect(expectIssueAt(error, `payload.summary.${field}`).rule).toBe('unknown_key');
    }
  });

  it('shows in the rollup with a null field and status, never needing attention', () => {
    const rollup = rollupSupportHandoffReadiness({
      ...statuses,
      tenant_id: 'tenant-acme',
      escalation_status: 'degraded',
    });
    expect(rollup.checks.at(-1)).toEqual({
      check: 'release_owner_acceptance',
      field: null,
      status: null,
    });
    expect(rollup.attention.map((entry) => entry.check)).toEqual(['escalation_routing']);
    expect(rollup.status).toBe('degraded');
  });

  it('does not keep a summary of ready statuses from being ready', () => {
    const rollup = rollupSupportHandoffReadiness({ ...statuses, tenant_id: 'tenant-acme' });
    expect(rollup).toMatchObject({ status: 'ready', ready: true, attention: [] });
  });

  it('is described with a null summary field', () => {
    expect(describeSupportHandoffReadiness().checks.at(-1)).toEqual({
      check: 'release_owner_acceptance',
      summary_field: null,
    });
  });
});

describe('support_tier and handoff_scope travel from the request to the summary', () => {
  it('copies a custom tier and scope into the summary', () => {
    const custom = buildSupportHandoffReadinessRequest('tenant-acme', {
      support_tier: 'premium',
      handoff_scope: 'self-hosted-support',
    });
    const summary = buildSupportHandoffReadinessResponse(custom, statuses).payload.summary;
    expect(summary.support_tier).toBe('premium');
    expect(summary.handoff_scope).toBe('self-hosted-support');
  });

  it('takes any label as a tier: the tier is not a closed vocabulary in v1', () => {
    for (const tier of ['enterprise', 'premium', 'business-critical']) {
      expect(
        buildSupportHandoffReadinessRequest('tenant-acme', { support_tier: tier }).payload
          .support_tier,
      ).toBe(tier);
    }
  });
});
