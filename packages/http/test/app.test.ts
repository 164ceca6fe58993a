import { describe, expect, it } from 'vitest';
import { createApp } from '../src/index.js';
import { UNMATCHED_ROUTE } from '../src/request-logger.js';
import { defineApiScenarios } from './api-scenarios.js';

describe('the API in process (createApp().request)', () => {
  const app = createApp();
  defineApiScenarios(() => async (path, init) => app.request(path, init));
});

describe('createApp options', () => {
  it('logs one line per request: ISO time, method, route template, status, milliseconds', async () => {
    const lines: string[] = [];
    const app = createApp({ logger: (line) => lines.push(line) });
    const before = Date.now();
    await app.request('/healthz');
    await app.request('/v1/validate', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ marker: 'do-not-log-me' }),
    });
    await app.request('/v1/operations/customer_operating_dashboard?token=do-not-log-me-either');
    await app.request('/v1/operations/do-not-log-this-name/schema/request');
    await app.request('/v1/operations/customer_operating_dashboard/schema/do-not-log-kind');
    await app.request('/nowhere/do-not-log-me-either');
    await app.request('/v1/validate');
    const [time, ...rest] = (lines[0] ?? '').split(' ');
    expect(Date.parse(time ?? '')).toBeGreaterThanOrEqual(before - 1000);
    expect(new Date(Date.parse(time ?? '')).toISOString()).toBe(time);
    expect(rest.slice(0, 3)).toEqual(['GET', '/healthz', '200']);
    expect(lines.map((line) => line.replace(/^\S+ /, '').replace(/ \d+\.\dms$/, ''))).toEqual([
      'GET /healthz 200',
      'POST /v1/validate 422',
      'GET /v1/operations/{operation} 200',
      'GET /v1/operations/{operation}/schema/{kind} 404',
      'GET /v1/operations/{operation}/schema/{kind} 404',
      `GET ${UNMATCHED_ROUTE} 404`,
      `GET ${UNMATCHED_ROUTE} 405`,
    ]);
    for (const line of lines) {
      expect(line).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z [A-Z]+ \S+ \d{3} \d+\.\dms$/);
    }
    expect(lines.join('\n')).not.toContain('do-not-log');
  });

  it('sends CORS headers only to configured origins', async () => {
    const app = createApp({ cors: { origins: ['https://console.example'] } });
    const allowed = await app.request('/healthz', {
      headers: { origin: 'https://console.example' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://console.example');
    expect(allowed.headers.get('cache-control')).toBe('no-store');
    const other = await app.request('/healthz', { headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();

    const preflight = await app.request('/v1/validate', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://console.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-max-age')).toBe('600');
  });

  it('allows any origin with ["*"]', async () => {
    const app = createApp({ cors: { origins: ['*'], maxAgeSeconds: 60 } });
    const response = await app.request('/healthz', { headers: { origin: 'https://a.example' } });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('takes a smaller body limit', async () => {
    const app = createApp({ maxBodyBytes: 16 });
    const response = await app.request('/v1/validate', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenant_id: 'tenant-acme' }),
    });
    expect(response.status).toBe(413);
  });

  it('answers a body of many unknown fields with an answer smaller than the body', async () => {
    const app = createApp();
    const fields = Object.fromEntries(
      Array.from({ length: 50_000 }, (_, index) => [`field_${index}`, index]),
    );
    const body = JSON.stringify({ tenant_id: 'tenant-acme', ...fields });
    const post = (path: string) =>
      app.request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
    for (const path of [
      '/v1/operations/customer_operating_dashboard/requests',
      '/v1/operations/customer_operating_dashboard/responses',
      '/v1/validate',
    ]) {
      const response = await post(path);
      expect([400, 422]).toContain(response.status);
      expect((await response.text()).length).toBeLessThan(4096);
    }
    // The compatibility route ignores the unknown fields, as the reference does.
    const compat = await post('/saas/operating-automation');
    expect(compat.status).toBe(200);
    const text = await compat.text();
    expect(text.length).toBeLessThan(8192);
    expect(text).not.toContain('field_');
  });

  it('answers 500 in the one error shape, without details, when a handler fails', async () => {
    const app = createApp();
    app.get('/boom', () => {
      throw new Error('database password is hunter2');
    });
    const response = await app.request('/boom');
    expect(response.status).toBe(500);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      error: { code: 'internal_error', message: 'internal error' },
    });
    expect(text).not.toContain('hunter2');
  });
});

describe('schema versions side by side over HTTP', () => {
  const app = createApp();
  const HANDOFF = '/v1/operations/support_handoff_readiness';
  const getJson = async (path: string) => {
    const response = await app.request(path);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('serves the newest schema by default and the one ?version= names', async () => {
    for (const [query, tag] of [
      ['', 'v2'],
      ['?version=v2', 'v2'],
      ['?version=v1', 'v1'],
    ] as const) {
      const { status, body } = await getJson(`${HANDOFF}/schema/response${query}`);
      expect(status).toBe(200);
      expect(body['$id']).toBe(
        `urn:cavra:support_handoff_readiness:cavra.saas_control_plane.response.${tag}`,
      );
      expect(JSON.stringify(body).includes('release_owner_status')).toBe(tag === 'v2');
    }
  });

  it('describes the version ?version= names', async () => {
    const v1 = await getJson(`${HANDOFF}?version=v1`);
    expect(v1.body['contract_version']).toBe('cavra.saas_control_plane.contract.v1');
    const newest = await getJson(HANDOFF);
    expect(newest.body['contract_version']).toBe('cavra.saas_control_plane.contract.v2');
  });

  it('answers 404 for a version the operation does not publish, listing its versions', async () => {
    const handoff = await getJson(`${HANDOFF}/schema/request?version=v3`);
    expect(handoff.status).toBe(404);
    expect(JSON.stringify(handoff.body)).toContain('unknown version: use one of v1, v2');
    const dashboard = await getJson(
      '/v1/operations/customer_operating_dashboard/schema/request?version=v2',
    );
    expect(dashboard.status).toBe(404);
    expect(JSON.stringify(dashboard.body)).toContain('use one of v1');
  });

  it('validates a v1 and a v2 request, naming each version', async () => {
    const v1 = await getJson(`${HANDOFF}/schema/request?version=v1`);
    expect(v1.status).toBe(200);
    const built = await app.request(`${HANDOFF}/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenant_id: 'tenant-acme' }),
    });
    const request = (await built.json()) as Record<string, unknown>;
    expect(request['schema_version']).toBe('cavra.saas_control_plane.request.v2');
    for (const version of ['v1', 'v2']) {
      const document = {
        ...request,
        schema_version: `cavra.saas_control_plane.request.${version}`,
      };
      const response = await app.request('/v1/validate', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(document),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        valid: true,
        kind: 'request',
        operation: 'support_handoff_readiness',
        schema_version: document.schema_version,
        issues: [],
      });
    }
  });

  it('documents ?version= and both versions in OpenAPI', async () => {
    const { body } = await getJson('/openapi.json');
    const paths = body['paths'] as Record<string, { get?: { parameters?: unknown[] } }>;
    expect(paths[`${HANDOFF}/schema/request`]?.get?.parameters).toEqual([
      expect.objectContaining({
        name: 'version',
        in: 'query',
        schema: { type: 'string', enum: ['v1', 'v2'], default: 'v2' },
      }),
    ]);
    const schemas = (body['components'] as { schemas: Record<string, unknown> }).schemas;
    expect(schemas).toHaveProperty('SupportHandoffReadinessResponseV1');
    expect(JSON.stringify(schemas['ContractDocumentInput'])).toContain(
      'SupportHandoffReadinessRequestV1',
    );
  });
});
