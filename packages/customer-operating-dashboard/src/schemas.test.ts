import { captureContractError, expectIssueAt, throughJson } from '@cavra/contract-testkit';
import { describe, expect, it } from 'vitest';
import {
  buildCustomerOperatingDashboardRequest,
  buildCustomerOperatingDashboardResponse,
  CUSTOMER_OPERATING_DASHBOARD_STATUS_FIELDS,
  type CustomerOperatingDashboardSummaryOptions,
  parseCustomerOperatingDashboardResponse,
  rollupCustomerOperatingDashboard,
} from './index.js';

const request = buildCustomerOperatingDashboardRequest('tenant-acme');
const statuses = Object.fromEntries(
  CUSTOMER_OPERATING_DASHBOARD_STATUS_FIELDS.map((field) => [field, 'ready']),
) as unknown as CustomerOperatingDashboardSummaryOptions;
const respond = (latest: unknown) =>
  buildCustomerOperatingDashboardResponse(request, {
    ...statuses,
    latest_dashboard_at: latest as string,
  });

describe('latest_dashboard_at is an ISO-8601 timestamp or null', () => {
  it('defaults to null', () => {
    const response = buildCustomerOperatingDashboardResponse(request, statuses);
    expect(response.payload.summary.latest_dashboard_at).toBeNull();
  });

  it('keeps null and timestamps in UTC, with offsets and with fractions', () => {
    for (const value of [
      null,
      '2026-11-21T09:30:00Z',
      '2026-11-21T09:30:00+02:00',
      '2026-11-21T09:30:00.123456-05:30',
      '2024-02-29T00:00:00Z',
    ]) {
      const response = respond(value);
      expect(response.payload.summary.latest_dashboard_at).toBe(value);
      expect(parseCustomerOperatingDashboardResponse(throughJson(response))).toEqual(response);
    }
  });

  it('rejects dates alone, free text, numbers, Date objects and days that do not exist', () => {
    for (const value of [
      '2026-11-21',
      '09:30:00',
      'yesterday',
      '',
      1_763_717_400_000,
      new Date(0),
      '2026-02-29T00:00:00Z',
      '2026-13-01T00:00:00Z',
    ]) {
      const error = captureContractError(() => respond(value));
      expectIssueAt(error, 'payload.summary.latest_dashboard_at');
    }
  });

  it('rejects ISO-8601 forms outside RFC 3339, which the JSON Schema date-time would refuse', () => {
    for (const value of [
      '2026-11-21 09:30:00Z',
      '2026-11-21T09:30:00+02',
      '2026-11-21T09:30:00+0200',
    ]) {
      expectIssueAt(
        captureContractError(() => respond(value)),
        'payload.summary.latest_dashboard_at',
      );
    }
  });

  it('does not count in the rollup', () => {
    const rollup = rollupCustomerOperatingDashboard({
      ...statuses,
      tenant_id: 'tenant-acme',
      latest_dashboard_at: null,
    });
    expect(rollup.status).toBe('ready');
    expect(rollup.checks.map((entry) => entry.field)).not.toContain('latest_dashboard_at');
  });
});

describe('the dashboard summary and the request payload', () => {
  it('keeps evidence_window in the request only', () => {
    const custom = buildCustomerOperatingDashboardRequest('tenant-acme', {
      evidence_window: 'last-7d',
    });
    const response = buildCustomerOperatingDashboardResponse(custom, statuses);
    expect(custom.payload.evidence_window).toBe('last-7d');
    expect(Object.keys(response.payload.summary)).not.toContain('evidence_window');
    expect(() =>
      buildCustomerOperatingDashboardResponse(custom, {
        ...statuses,
        evidence_window: 'last-7d',
      } as CustomerOperatingDashboardSummaryOptions),
    ).toThrow(/evidence_window is not a known field/);
  });

  it('reports each of the seven checks through its own field in the rollup', () => {
    for (const field of CUSTOMER_OPERATING_DASHBOARD_STATUS_FIELDS) {
      const rollup = rollupCustomerOperatingDashboard({
        ...statuses,
        tenant_id: 'tenant-acme',
        [field]: 'blocked',
      });
      expect(rollup.attention.map((entry) => entry.field)).toEqual([field]);
    }
  });
});
