import { readFileSync } from 'node:fs';
import { assertPublicSafe } from '@cavra/contracts-core';
import Ajv2020 from 'ajv/dist/2020.js';
import { bench, describe } from 'vitest';
import {
  buildCustomerOperatingDashboardRequest,
  buildCustomerOperatingDashboardResponse,
  type CustomerOperatingDashboardSummaryOptions,
  parseCustomerOperatingDashboardResponse,
} from './index.js';

// Figures only: `pnpm bench` prints them with the targets (tooling/bench/report.mjs).
// In each group the benchmark named "baseline: ..." is what the others are compared with.

/** A typical summary: every status, a timestamp and three blockers. */
const SUMMARY: CustomerOperatingDashboardSummaryOptions = {
  dashboard_status: 'ready',
  billing_status: 'degraded',
  license_service_status: 'ready',
  support_handoff_status: 'unknown',
  customer_success_status: 'ready',
  escalation_status: 'blocked',
  release_closeout_status: 'ready',
  latest_dashboard_at: '2026-11-21T09:30:00Z',
  blockers: [
    'Billing export lagging 2h behind the ledger',
    'Escalation rota has no owner for EMEA nights',
    'Release 1.4.2 acceptance notes missing',
  ],
};

const request = buildCustomerOperatingDashboardRequest('tenant-acme');
const response = buildCustomerOperatingDashboardResponse(request, SUMMARY);
const text = JSON.stringify(response);

// ajv, compiled from the JSON Schema the package ships, as fast as it goes (first error only).
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;
const ajv = new Ajv2020({ strict: true, formats: { 'date-time': RFC3339 } });
const validateWithAjv = ajv.compile(
  JSON.parse(readFileSync(new URL('../schema/response.v1.json', import.meta.url), 'utf8')),
);
if (!validateWithAjv(JSON.parse(text))) throw new Error('ajv rejects the benchmark response');

describe(`build request + response + JSON.stringify [target <= 2.5x] (${text.length} bytes)`, () => {
  bench(
    'buildCustomerOperatingDashboardRequest + buildCustomerOperatingDashboardResponse + JSON.stringify',
    () => {
      const built = buildCustomerOperatingDashboardRequest('tenant-acme');
      JSON.stringify(buildCustomerOperatingDashboardResponse(built, SUMMARY));
    },
  );
  bench('baseline: JSON.stringify(response)', () => {
    JSON.stringify(response);
  });
});

describe(`parse response [target <= 4x] (${text.length} bytes)`, () => {
  bench('parseCustomerOperatingDashboardResponse(JSON.parse(text))', () => {
    parseCustomerOperatingDashboardResponse(JSON.parse(text));
  });
  bench('baseline: JSON.parse(text)', () => {
    JSON.parse(text);
  });
});

describe(`parse response vs ajv + guard [target <= 1.5x] (${text.length} bytes)`, () => {
  bench('parseCustomerOperatingDashboardResponse(JSON.parse(text))', () => {
    parseCustomerOperatingDashboardResponse(JSON.parse(text));
  });
  bench('baseline: ajv(JSON.parse(text)) + assertPublicSafe', () => {
    const parsed = JSON.parse(text);
    if (!validateWithAjv(parsed)) throw new Error('invalid');
    assertPublicSafe(parsed);
  });
});
