import { readFileSync } from 'node:fs';
import { assertPublicSafe } from '@cavra/contracts-core';
import Ajv2020 from 'ajv/dist/2020.js';
import { bench, describe } from 'vitest';
import {
  CUSTOMER_OPERATING_DASHBOARD_BOUNDARY as BOUNDARY,
  buildCustomerOperatingDashboardRequest,
  buildCustomerOperatingDashboardResponse,
  CUSTOMER_OPERATING_DASHBOARD_CHECKS,
  CUSTOMER_OPERATING_DASHBOARD_PRIVATE_MODULES,
  type CustomerOperatingDashboardSummaryOptions,
  parseCustomerOperatingDashboardResponse,
} from './index.js';

// Figures only: `pnpm bench` prints them with the targets (tooling/bench/report.mjs).
// In each group the benchmark named "baseline: ..." is what the others are compared with.
// Every call, baselines included, gets fresh data: a new tenant, timestamp and blocker, so
// nothing that remembers earlier input can make a figure look better than real traffic.

/** A typical summary: every status, a timestamp and three blockers. */
const SUMMARY = {
  dashboard_status: 'ready',
  billing_status: 'degraded',
  license_service_status: 'ready',
  support_handoff_status: 'unknown',
  customer_success_status: 'ready',
  escalation_status: 'blocked',
  release_closeout_status: 'ready',
  blockers: [
    'Billing export lagging 2h behind the ledger',
    'Escalation rota has no owner for EMEA nights',
    'Release 1.4.2 acceptance notes missing',
  ],
} as const satisfies CustomerOperatingDashboardSummaryOptions;

let counter = 0;
/** A fresh tenant, timestamp and blocker, as a service sees them on every call. */
function fresh() {
  counter += 1;
  const minute = String(counter % 60).padStart(2, '0');
  return {
    tenant: `tenant-${counter.toString(36)}-acme`,
    timestamp: `2026-11-${String(10 + (counter % 19)).padStart(2, '0')}T09:${minute}:00Z`,
    blocker: `Ticket ${counter} waits for an owner`,
  };
}

/** The summary options of fresh data. */
function summaryOf({ timestamp, blocker }: ReturnType<typeof fresh>) {
  return { ...SUMMARY, latest_dashboard_at: timestamp, blockers: [...SUMMARY.blockers, blocker] };
}

/** Request and response with the library: built, validated and guarded. */
function withContract(data: ReturnType<typeof fresh>) {
  const request = buildCustomerOperatingDashboardRequest(data.tenant);
  return { request, response: buildCustomerOperatingDashboardResponse(request, summaryOf(data)) };
}

/** The same two documents written by hand, as a caller without the library would: no checks. */
function byHand(data: ReturnType<typeof fresh>) {
  const correlation = `saas-${counter.toString(16).padStart(12, '0')}`;
  return {
    request: {
      schema_version: 'cavra.saas_control_plane.request.v1',
      operation: 'customer_operating_dashboard',
      tenant_id: data.tenant,
      requested_by: 'community',
      correlation_id: correlation,
      private_implementation_required: true,
      payload: {
        dashboard_scope: 'tenant-operating',
        evidence_window: 'last-24h',
        required_checks: [...CUSTOMER_OPERATING_DASHBOARD_CHECKS],
        dashboard_boundary: BOUNDARY,
      },
    },
    response: {
      schema_version: 'cavra.saas_control_plane.response.v1',
      operation: 'customer_operating_dashboard',
      status: 'requires_private_service',
      message: 'The public contract checked the shape of this request.',
      correlation_id: correlation,
      private_implementation_required: true,
      payload: {
        summary: {
          tenant_id: data.tenant,
          ...summaryOf(data),
          dashboard_scope: 'tenant-operating',
          private_validation_required: true,
          dashboard_boundary: BOUNDARY,
        },
        private_modules_required: [...CUSTOMER_OPERATING_DASHBOARD_PRIVATE_MODULES],
        next_step: 'Send this request to a private deployment.',
      },
    },
  };
}

const sampleData = fresh();
const sample = JSON.stringify(withContract(sampleData).response);
const pair = JSON.stringify(withContract(fresh()));

// A response text cut around its tenant, timestamp and last blocker: joining the pieces with
// fresh values gives a new, valid text on every call for the cost of a string concatenation.
const pieces = sample
  .split(sampleData.tenant)
  .flatMap((part) => part.split(sampleData.timestamp))
  .flatMap((part) => part.split(sampleData.blocker));
if (pieces.length !== 4) throw new Error(`expected 4 pieces of the sample, got ${pieces.length}`);
const [p0, p1, p2, p3] = pieces as [string, string, string, string];
/** A response text of fresh data. */
function freshText(): string {
  const { tenant, timestamp, blocker } = fresh();
  return p0 + tenant + p1 + timestamp + p2 + blocker + p3;
}

// ajv, compiled from the JSON Schema the package ships, as fast as it goes (first error only).
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;
const ajv = new Ajv2020({ strict: true, formats: { 'date-time': RFC3339 } });
const validateWithAjv = ajv.compile(
  JSON.parse(readFileSync(new URL('../schema/response.v1.json', import.meta.url), 'utf8')),
);
for (const text of [sample, freshText()]) {
  const parsed = JSON.parse(text);
  if (!validateWithAjv(parsed)) throw new Error('ajv rejects the benchmark response');
  if (JSON.stringify(parseCustomerOperatingDashboardResponse(parsed)) !== text) {
    throw new Error('the benchmark response does not round-trip');
  }
}

describe(`build request + response + JSON.stringify [target <= 2.5x] (${pair.length} bytes)`, () => {
  bench('build with the contract + JSON.stringify', () => {
    JSON.stringify(withContract(fresh()));
  });
  bench('baseline: JSON.stringify(the same documents, written by hand)', () => {
    JSON.stringify(byHand(fresh()));
  });
});

describe(`parse response [target <= 3x] (${sample.length} bytes, fresh text per call)`, () => {
  bench('parseCustomerOperatingDashboardResponse(JSON.parse(text))', () => {
    parseCustomerOperatingDashboardResponse(JSON.parse(freshText()));
  });
  bench('baseline: JSON.parse(text)', () => {
    JSON.parse(freshText());
  });
});

describe(`parse response vs ajv + guard [target <= 1x] (${sample.length} bytes, fresh text per call)`, () => {
  bench('parseCustomerOperatingDashboardResponse(JSON.parse(text))', () => {
    parseCustomerOperatingDashboardResponse(JSON.parse(freshText()));
  });
  bench('baseline: ajv(JSON.parse(text)) + assertPublicSafe', () => {
    const parsed = JSON.parse(freshText());
    if (!validateWithAjv(parsed)) throw new Error('invalid');
    assertPublicSafe(parsed);
  });
});
