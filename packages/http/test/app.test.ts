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
