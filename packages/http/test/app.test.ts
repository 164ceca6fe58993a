import { describe, expect, it } from 'vitest';
import { createApp } from '../src/index.js';
import { defineApiScenarios } from './api-scenarios.js';

describe('the API in process (createApp().request)', () => {
  const app = createApp();
  defineApiScenarios(() => async (path, init) => app.request(path, init));
});

describe('createApp options', () => {
  it('logs one line per request: method, path, status and milliseconds, never the body', async () => {
    const lines: string[] = [];
    const app = createApp({ logger: (line) => lines.push(line) });
    await app.request('/healthz');
    await app.request('/v1/validate', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ marker: 'do-not-log-me' }),
    });
    await app.request('/nowhere?token=do-not-log-me-either');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^GET \/healthz 200 \d+\.\dms$/);
    expect(lines[1]).toMatch(/^POST \/v1\/validate 422 \d+\.\dms$/);
    expect(lines[2]).toMatch(/^GET \/nowhere 404 \d+\.\dms$/);
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
    for (const path of [
      '/v1/operations/customer_operating_dashboard/requests',
      '/v1/operations/customer_operating_dashboard/responses',
      '/v1/validate',
      '/saas/operating-automation',
    ]) {
      const response = await app.request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect([400, 422]).toContain(response.status);
      expect((await response.text()).length).toBeLessThan(4096);
    }
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
