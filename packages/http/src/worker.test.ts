import { describe, expect, it } from 'vitest';
import worker, { createWorker } from './worker.js';

describe('the worker entry', () => {
  it('answers a Fetch API request with the default options', async () => {
    const response = await worker.fetch(
      new Request('http://worker.test/healthz', { headers: { origin: 'https://a.example' } }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('takes the options of createApp', async () => {
    const lines: string[] = [];
    const custom = createWorker({
      cors: { origins: ['https://console.example'] },
      logger: (line) => lines.push(line),
      maxBodyBytes: 16,
    });
    const allowed = await custom.fetch(
      new Request('http://worker.test/healthz', { headers: { origin: 'https://console.example' } }),
    );
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://console.example');
    const tooLarge = await custom.fetch(
      new Request('http://worker.test/v1/validate', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ tenant_id: 'tenant-acme' }),
      }),
    );
    expect(tooLarge.status).toBe(413);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('GET /healthz 200');
    expect(lines[1]).toContain('POST /v1/validate 413');
  });

  it('ignores the second argument runtimes pass (bindings, connection info, server)', async () => {
    const fetchWithExtra = worker.fetch as (request: Request, extra: unknown) => Promise<Response>;
    const response = await fetchWithExtra(new Request('http://worker.test/healthz'), {
      remoteAddr: { hostname: '127.0.0.1' },
    });
    expect(response.status).toBe(200);
  });
});
