import { captureContractError, expectIssueAt } from '@cavra/contract-testkit';
import type { AutomationStatus } from '@cavra/contracts-core';
import { describe, expect, it } from 'vitest';
import {
  buildSaasOperatingAutomationRequest,
  buildSaasOperatingAutomationResponse,
  describeSaasOperatingAutomation,
  rollupSaasOperatingAutomation,
  SAAS_OPERATING_AUTOMATION_STATUS_FIELDS,
  type SaasOperatingAutomationSummaryOptions,
} from './index.js';

const request = buildSaasOperatingAutomationRequest('tenant-acme');
const summaryOf = (overall: AutomationStatus, checks: AutomationStatus) =>
  ({
    automation_status: overall,
    ...Object.fromEntries(SAAS_OPERATING_AUTOMATION_STATUS_FIELDS.map((field) => [field, checks])),
  }) as SaasOperatingAutomationSummaryOptions;
const rollupOf = (overall: AutomationStatus, checks: AutomationStatus) =>
  rollupSaasOperatingAutomation({ ...summaryOf(overall, checks), tenant_id: 'tenant-acme' });

describe('automation_status reports the automation as a whole', () => {
  it('is required and takes the automation vocabulary', () => {
    const { automation_status: _left, ...withoutOverall } = summaryOf('ready', 'ready');
    expectIssueAt(
      captureContractError(() =>
        buildSaasOperatingAutomationResponse(
          request,
          withoutOverall as SaasOperatingAutomationSummaryOptions,
        ),
      ),
      'payload.summary.automation_status',
    );
    for (const status of [
      'ready',
      'scheduled',
      'enabled',
      'automated',
      'blocked',
      'unknown',
    ] as const) {
      const response = buildSaasOperatingAutomationResponse(request, summaryOf(status, 'ready'));
      expect(response.payload.summary.automation_status).toBe(status);
    }
  });

  it('rejects the readiness-only status degraded', () => {
    const error = captureContractError(() =>
      buildSaasOperatingAutomationResponse(request, {
        ...summaryOf('ready', 'ready'),
        automation_status: 'degraded' as AutomationStatus,
      }),
    );
    expectIssueAt(error, 'payload.summary.automation_status');
  });

  it('counts in the rollup but is not a check', () => {
    const rollup = rollupOf('blocked', 'ready');
    expect(rollup.status).toBe('blocked');
    expect(rollup.ready).toBe(false);
    expect(rollup.attention).toEqual([]);
    expect(rollup.checks.map((entry) => entry.field)).not.toContain('automation_status');
    expect(
      describeSaasOperatingAutomation().checks.map((entry) => entry.summary_field),
    ).not.toContain('automation_status');
    expect(describeSaasOperatingAutomation().response.summary_fields.slice(0, 2)).toEqual([
      'tenant_id',
      'automation_status',
    ]);
  });

  it.each([
    ['automated', 'scheduled', 'scheduled', true],
    ['ready', 'automated', 'automated', true],
    ['enabled', 'automated', 'enabled', true],
    ['scheduled', 'ready', 'scheduled', true],
    ['ready', 'unknown', 'unknown', false],
    ['unknown', 'scheduled', 'unknown', false],
    ['blocked', 'unknown', 'blocked', false],
  ] as const)(
    'automation_status %s with every check %s rolls up to %s (ready: %s)',
    (overall, checks, status, ready) => {
      const rollup = rollupOf(overall, checks);
      expect(rollup.status).toBe(status);
      expect(rollup.ready).toBe(ready);
    },
  );

  it('asks for attention only for blocked and unknown checks', () => {
    for (const status of ['ready', 'scheduled', 'enabled', 'automated'] as const) {
      expect(rollupOf('ready', status).attention).toEqual([]);
    }
    for (const status of ['blocked', 'unknown'] as const) {
      expect(rollupOf('ready', status).attention).toHaveLength(
        SAAS_OPERATING_AUTOMATION_STATUS_FIELDS.length,
      );
    }
  });
});

describe('automation_scope and automation_cadence travel from the request to the summary', () => {
  it('copies a custom scope and cadence into the summary', () => {
    const custom = buildSaasOperatingAutomationRequest('tenant-acme', {
      automation_scope: 'enterprise-renewals',
      automation_cadence: 'hourly',
    });
    const summary = buildSaasOperatingAutomationResponse(custom, summaryOf('ready', 'ready'))
      .payload.summary;
    expect(summary.automation_scope).toBe('enterprise-renewals');
    expect(summary.automation_cadence).toBe('hourly');
  });
});
