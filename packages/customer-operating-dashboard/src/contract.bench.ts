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

// The groups above repeat one summary and one text, as the targets are defined. A service
// sees fresh tenants, timestamps and blockers; the contract's own wording (messages, next
// steps, boundary) repeats. Figures for that, with no target: a round of 256 distinct
// summaries and response texts, one per run.
const ROUND = 256;
const varied = Array.from({ length: ROUND }, (_, index) => {
  const tenant = `tenant-${index.toString(36)}-acme`;
  const summary: CustomerOperatingDashboardSummaryOptions = {
    ...SUMMARY,
    latest_dashboard_at: `2026-11-${10 + (index % 19)}T09:${String(index % 60).padStart(2, '0')}:00Z`,
    blockers: (SUMMARY.blockers ?? []).map((blocker) => `${blocker} (round ${index})`),
  };
  const built = buildCustomerOperatingDashboardResponse(
    buildCustomerOperatingDashboardRequest(tenant),
    summary,
  );
  return { tenant, summary, response: built, text: JSON.stringify(built) };
});
let next = 0;
const nextVaried = () => varied[next++ % ROUND] as (typeof varied)[number];

describe('fresh tenant, timestamp and blockers every run [report]', () => {
  bench('build request + response + JSON.stringify, fresh summary', () => {
    const { tenant, summary } = nextVaried();
    JSON.stringify(
      buildCustomerOperatingDashboardResponse(
        buildCustomerOperatingDashboardRequest(tenant),
        summary,
      ),
    );
  });
  bench('JSON.stringify(response), fresh response', () => {
    JSON.stringify(nextVaried().response);
  });
  bench('parseCustomerOperatingDashboardResponse(JSON.parse(text)), fresh text', () => {
    parseCustomerOperatingDashboardResponse(JSON.parse(nextVaried().text));
  });
  bench('JSON.parse(text), fresh text', () => {
    JSON.parse(nextVaried().text);
  });
  bench('ajv(JSON.parse(text)) + assertPublicSafe, fresh text', () => {
    const parsed = JSON.parse(nextVaried().text);
    if (!validateWithAjv(parsed)) throw new Error('invalid');
    assertPublicSafe(parsed);
  });
});
