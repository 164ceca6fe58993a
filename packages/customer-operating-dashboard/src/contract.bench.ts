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

let counter = 0;
/** A fresh tenant, timestamp and blocker on every call, as a service sees them. */
function fresh() {
  counter += 1;
  const tenant = `tenant-${counter.toString(36)}-acme`;
  const summary: CustomerOperatingDashboardSummaryOptions = {
    ...SUMMARY,
    latest_dashboard_at: `2026-11-${String(10 + (counter % 19)).padStart(2, '0')}T09:${String(counter % 60).padStart(2, '0')}:00Z`,
    blockers: [...(SUMMARY.blockers ?? []), `Ticket ${counter} waits for an owner`],
  };
  return { tenant, summary };
}

/** A response text of a fresh tenant, built outside the timed part by the baseline. */
function freshResponse() {
  const { tenant, summary } = fresh();
  return buildCustomerOperatingDashboardResponse(
    buildCustomerOperatingDashboardRequest(tenant),
    summary,
  );
}

const sample = JSON.stringify(freshResponse());

// ajv, compiled from the JSON Schema the package ships, as fast as it goes (first error only).
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;
const ajv = new Ajv2020({ strict: true, formats: { 'date-time': RFC3339 } });
const validateWithAjv = ajv.compile(
  JSON.parse(readFileSync(new URL('../schema/response.v1.json', import.meta.url), 'utf8')),
);
if (!validateWithAjv(JSON.parse(sample))) throw new Error('ajv rejects the benchmark response');

// The baselines get the same fresh data: the objects (or texts) are made in the timed call too,
// so the ratio counts only what the contract adds.
describe(`build request + response + JSON.stringify [target <= 2.5x] (${sample.length} bytes)`, () => {
  bench(
    'buildCustomerOperatingDashboardRequest + buildCustomerOperatingDashboardResponse + JSON.stringify',
    () => {
      const { tenant, summary } = fresh();
      JSON.stringify(
        buildCustomerOperatingDashboardResponse(
          buildCustomerOperatingDashboardRequest(tenant),
          summary,
        ),
      );
    },
  );
  bench('baseline: JSON.stringify(the same objects, made by hand)', () => {
    const { tenant, summary } = fresh();
    JSON.stringify({
      request: { schema_version: 'cavra.saas_control_plane.request.v1', tenant_id: tenant },
      response: { tenant_id: tenant, ...summary },
    });
  });
});

const texts = Array.from({ length: 512 }, () => JSON.stringify(freshResponse()));
let next = 0;
const nextText = () => texts[next++ % texts.length] as string;

describe(`parse response [target <= 3x] (${sample.length} bytes, 512 distinct texts)`, () => {
  bench('parseCustomerOperatingDashboardResponse(JSON.parse(text))', () => {
    parseCustomerOperatingDashboardResponse(JSON.parse(nextText()));
  });
  bench('baseline: JSON.parse(text)', () => {
    JSON.parse(nextText());
  });
});

describe(`parse response vs ajv + guard [target <= 1x] (${sample.length} bytes, 512 distinct texts)`, () => {
  bench('parseCustomerOperatingDashboardResponse(JSON.parse(text))', () => {
    parseCustomerOperatingDashboardResponse(JSON.parse(nextText()));
  });
  bench('baseline: ajv(JSON.parse(text)) + assertPublicSafe', () => {
    const parsed = JSON.parse(nextText());
    if (!validateWithAjv(parsed)) throw new Error('invalid');
    assertPublicSafe(parsed);
  });
});
