import {
  SENSITIVE_KEYS,
  sensitiveValues,
  TOKEN_SHAPED_FAMILIES,
  tokenShaped,
} from '@cavra/contract-testkit';
import { buildCustomerOperatingDashboardRequest } from '@cavra/customer-operating-dashboard';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../src/node.js';
import { JSON_HEADERS } from './api-client.js';

/** Every credential-shaped sample the guard's tests know, built at run time. */
function samples(): { name: string; value: string }[] {
  const known = sensitiveValues();
  const shaped = TOKEN_SHAPED_FAMILIES.flatMap((family) =>
    fc
      .sample(tokenShaped(family), { numRuns: 2, seed: 20_261 })
      .map((value) => ({ name: family, value })),
  );
  return [...known, ...shaped];
}

/** One way into the API: the request that carries the sample. */
interface Channel {
  readonly name: string;
  readonly path: string;
  readonly init?: RequestInit;
}

const OPERATION = 'customer_operating_dashboard';

/** Every channel a client controls (path, query string, headers, body), for one sample. */
function channels(secret: string): Channel[] {
  const encoded = encodeURIComponent(secret);
  const post = (body: unknown): RequestInit => ({
    method: 'POST',
    headers: JSON_HEADERS,
    body: JSON.stringify(body),
  });
  const request = buildCustomerOperatingDashboardRequest('tenant-echo');
  return [
    { name: 'path: operation', path: `/v1/operations/${encoded}` },
    { name: 'path: schema operation', path: `/v1/operations/${encoded}/schema/request` },
    { name: 'path: schema kind', path: `/v1/operations/${OPERATION}/schema/${encoded}` },
    { name: 'path: unknown route', path: `/${encoded}` },
    { name: 'path: wrong method', path: `/v1/validate/${encoded}`, init: { method: 'DELETE' } },
    { name: 'path: builder', path: `/v1/operations/${encoded}/requests`, init: post({}) },
    { name: 'query: GET', path: `/healthz?token=${encoded}` },
    { name: 'query: POST', path: `/v1/validate?${encoded}`, init: post(request) },
    {
      name: 'headers',
      path: '/healthz',
      init: {
        headers: {
          authorization: `Bearer ${secret}`,
          'x-api-key': secret,
          cookie: `session=${encoded}`,
          'user-agent': secret,
        },
      },
    },
    {
      name: 'body: tenant id',
      path: '/v1/validate',
      init: post({ ...request, tenant_id: secret }),
    },
    {
      name: 'body: free text',
      path: '/v1/validate',
      init: post({ ...request, payload: { ...request.payload, dashboard_scope: secret } }),
    },
    {
      name: 'body: sensitive keys',
      path: '/v1/validate',
      init: post(Object.fromEntries(SENSITIVE_KEYS.map((key) => [key, secret]))),
    },
    {
      name: 'body: builder options',
      path: `/v1/operations/${OPERATION}/requests`,
      init: post({ tenant_id: 'tenant-echo', blockers: [secret] }),
    },
    {
      name: 'body: response summary',
      path: `/v1/operations/${OPERATION}/responses`,
      init: post({ request, summary: { blockers: [secret] } }),
    },
    {
      name: 'body: compatibility route',
      path: '/saas/customer-operating-dashboard',
      init: post({ tenant_id: secret }),
    },
    {
      name: 'body: not JSON',
      path: '/v1/validate',
      init: { method: 'POST', headers: JSON_HEADERS, body: `{"tenant_id": ${secret}` },
    },
    {
      name: 'body: not JSON content',
      path: '/v1/validate',
      init: { method: 'POST', headers: { 'content-type': 'text/plain' }, body: secret },
    },
  ];
}

describe('nothing sent to the API comes back in an answer or a log line', () => {
  let server: RunningServer;
  const lines: string[] = [];

  beforeAll(async () => {
    server = await startServer({ port: 0, log: (line) => lines.push(line) });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('holds for every known sample through every channel', async () => {
    const leaks: string[] = [];
    let sent = 0;
    for (const sample of samples()) {
      const forms = [sample.value, encodeURIComponent(sample.value)];
      for (const channel of channels(sample.value)) {
        const response = await fetch(`${server.url}${channel.path}`, channel.init);
        let answer = await response.text();
        response.headers.forEach((value, name) => {
          answer += `\n${name}: ${value}`;
        });
        sent += 1;
        if (response.status >= 500)
          leaks.push(`${sample.name} via ${channel.name}: ${response.status}`);
        if (forms.some((form) => answer.includes(form))) {
          leaks.push(`${sample.name} via ${channel.name}: echoed in the answer`);
        }
      }
      const log = lines.join('\n');
      if (forms.some((form) => log.includes(form))) leaks.push(`${sample.name}: in the log`);
    }
    expect(leaks).toEqual([]);
    expect(lines).toHaveLength(sent);
  });
});
