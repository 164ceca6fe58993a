import {
  buildCustomerOperatingDashboardRequest,
  buildCustomerOperatingDashboardResponse,
  buildSaasOperatingAutomationRequest,
  CUSTOMER_OPERATING_DASHBOARD_STATUS_FIELDS,
} from '@cavra/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../src/node.js';
import { JSON_HEADERS } from './api-client.js';

/** Requests sent in total. */
const TOTAL = 3000;
/** Requests in flight at once. */
const CONCURRENCY = 64;
/** Requests sent first, unmeasured but checked, to open the connections and warm the JIT. */
const WARM_UP = 2 * CONCURRENCY;

/** The documents sent, in rotation, with the status each must get. */
function workload(): { body: string; status: number }[] {
  const request = buildCustomerOperatingDashboardRequest('tenant-load');
  const ready = Object.fromEntries(
    CUSTOMER_OPERATING_DASHBOARD_STATUS_FIELDS.map((field) => [field, 'ready']),
  ) as Record<(typeof CUSTOMER_OPERATING_DASHBOARD_STATUS_FIELDS)[number], 'ready'>;
  const response = buildCustomerOperatingDashboardResponse(request, ready);
  const automation = buildSaasOperatingAutomationRequest('tenant-load');
  const invalid = { ...automation, payload: { ...automation.payload, required_checks: [] } };
  return [
    { body: JSON.stringify(request), status: 200 },
    { body: JSON.stringify(response), status: 200 },
    { body: JSON.stringify(automation), status: 200 },
    { body: JSON.stringify(invalid), status: 422 },
  ];
}

function percentile(sorted: readonly number[], fraction: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

describe('bounded load: POST /v1/validate over TCP', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({ port: 0 });
  });
  afterAll(async () => {
    await server?.close();
  });

  it(`answers ${TOTAL} requests, ${CONCURRENCY} at a time, with no failure`, async () => {
    const documents = workload();
    const url = `${server.url}/v1/validate`;
    const latencies: number[] = [];
    const failures: string[] = [];
    let next = 0;
    let limit = 0;

    const worker = async () => {
      for (;;) {
        const index = next++;
        if (index >= limit) return;
        const document = documents[index % documents.length] as (typeof documents)[number];
        const started = performance.now();
        try {
          const response = await fetch(url, {
            method: 'POST',
            headers: JSON_HEADERS,
            body: document.body,
          });
          const answer = (await response.json()) as { valid?: unknown };
          latencies.push(performance.now() - started);
          if (response.status !== document.status || answer.valid !== (document.status === 200)) {
            failures.push(`#${index}: status ${response.status}, expected ${document.status}`);
          }
        } catch (caught) {
          failures.push(`#${index}: ${caught instanceof Error ? caught.message : String(caught)}`);
        }
      }
    };

    const run = async (count: number) => {
      next = 0;
      limit = count;
      latencies.length = 0;
      const started = performance.now();
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      return (performance.now() - started) / 1000;
    };
    await run(WARM_UP);
    expect(failures).toEqual([]);
    const seconds = await run(TOTAL);

    latencies.sort((a, b) => a - b);
    const rate = Math.round(TOTAL / seconds);
    console.log(
      `load: ${TOTAL} POST /v1/validate, ${CONCURRENCY} concurrent: ${rate} requests/s, ` +
        `p50 ${percentile(latencies, 0.5).toFixed(1)} ms, p99 ${percentile(latencies, 0.99).toFixed(1)} ms, ` +
        `max ${percentile(latencies, 1).toFixed(1)} ms, ${failures.length} failures`,
    );
    expect(failures).toEqual([]);
    expect(latencies).toHaveLength(TOTAL);
  }, 120_000);
});
