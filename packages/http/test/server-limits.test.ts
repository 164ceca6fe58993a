import { buildCustomerOperatingDashboardRequest } from '@cavra/customer-operating-dashboard';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../src/index.js';
import { type RunningServer, SERVER_LIMITS, startServer } from '../src/node.js';
import { postHead, rawConnection } from './raw-http.js';

const servers: RunningServer[] = [];

/** Starts a server on a free loopback port, closed after the test. */
async function start(options: Parameters<typeof startServer>[0] = {}): Promise<RunningServer> {
  const server = await startServer({ port: 0, ...options });
  servers.push(server);
  return server;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close(100)));
});

/** A valid request document, as JSON text. */
function documentText(): string {
  return JSON.stringify(buildCustomerOperatingDashboardRequest('tenant-limits'));
}

describe('startServer limits', () => {
  it('documents its defaults: 1024 in flight, 10 s headers, 30 s request, 5 s keep-alive', () => {
    expect(SERVER_LIMITS).toEqual({
      maxInFlight: 1024,
      headersTimeout: 10_000,
      requestTimeout: 30_000,
      keepAliveTimeout: 5_000,
    });
  });

  it('cuts off a body shorter than its Content-Length with 408 and closes the connection', async () => {
    const server = await start({ requestTimeout: 300 });
    const body = documentText();
    const connection = await rawConnection(
      server.port,
      postHead('/v1/validate', body.length) + body.slice(0, 20),
    );
    const received = await connection.closed;
    expect(received).toMatch(/^HTTP\/1\.1 408 /);
    // The server still answers others.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('cuts off a client that never finishes its headers with 408', async () => {
    const server = await start({ headersTimeout: 300, requestTimeout: 1000 });
    const connection = await rawConnection(
      server.port,
      'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ',
    );
    expect(await connection.closed).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('closes an idle keep-alive connection after keepAliveTimeout', async () => {
    const server = await start({ keepAliveTimeout: 200 });
    const connection = await rawConnection(
      server.port,
      'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n',
    );
    const received = await connection.closed;
    expect(received).toMatch(/^HTTP\/1\.1 200 /);
    expect(received.toLowerCase()).toContain('connection: keep-alive');
  });

  it.each([
    ['maxInFlight', 0],
    ['requestTimeout', -1],
    ['headersTimeout', 1.5],
    ['keepAliveTimeout', Number.NaN],
  ] as const)('refuses %s = %s with a RangeError naming it', async (name, value) => {
    await expect(startServer({ port: 0, [name]: value })).rejects.toThrow(
      new RangeError(`${name} must be a positive integer, not ${value}`),
    );
  });

  it.each([
    ['maxBodyBytes', Number.NaN],
    ['maxBodyBytes', -1],
    ['maxBodyBytes', 0],
  ] as const)('refuses %s = %s, which would lift or break the body limit', async (name, value) => {
    await expect(startServer({ port: 0, [name]: value })).rejects.toThrow(
      new RangeError(`${name} must be a positive integer, not ${value}`),
    );
    expect(() => createApp({ [name]: value })).toThrow(
      new RangeError(`${name} must be a positive integer, not ${value}`),
    );
  });

  it.each([70_000, -1, 1.5, 'abc'])(
    'refuses port %j, never listening on a named pipe',
    async (port) => {
      await expect(startServer({ port: port as number })).rejects.toThrow(
        new RangeError(`port must be an integer from 0 to 65535, not ${port}`),
      );
    },
  );
});

describe('startServer in-flight cap', () => {
  it('answers 503 with Retry-After at once past maxInFlight, and serves again after', async () => {
    const server = await start({ maxInFlight: 2 });
    const body = documentText();
    // Two requests whose bodies are still arriving fill the cap.
    const held = await Promise.all(
      [1, 2].map(() =>
        rawConnection(server.port, postHead('/v1/validate', body.length) + body.slice(0, 10)),
      ),
    );
    let busy: Response | undefined;
    for (let attempt = 0; attempt < 100 && busy === undefined; attempt += 1) {
      const response = await fetch(`${server.url}/healthz`);
      if (response.status === 503) busy = response;
      else {
        await response.text();
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }
    expect(busy?.status).toBe(503);
    expect(busy?.headers.get('retry-after')).toBe('1');
    expect(busy?.headers.get('cache-control')).toBe('no-store');
    expect(await busy?.json()).toEqual({
      error: { code: 'service_unavailable', message: 'server busy: retry in 1 s' },
    });

    for (const connection of held) connection.socket.write(body.slice(10));
    const answers = await Promise.all(held.map((connection) => connection.answers(1)));
    for (const answer of answers) expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    const after = await fetch(`${server.url}/healthz`);
    expect(after.status).toBe(200);
    expect(await after.json()).toEqual({ status: 'ok' });
  });
});

describe('startServer drain (close)', () => {
  it('answers the requests in flight, closes their connections, and refuses new ones', async () => {
    const server = await start({ keepAliveTimeout: 60_000 });
    const body = documentText();
    const connection = await rawConnection(
      server.port,
      postHead('/v1/validate', body.length) + body.slice(0, 10),
    );
    // Wait until the server holds the request: a second connection sees it answered later.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closing = server.close(60_000);
    // The rest of the body, then a second request pipelined on the same connection.
    connection.socket.write(`${body.slice(10)}GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
    const received = await connection.closed;
    await closing;
    const answers = received.split(/(?=HTTP\/1\.1 \d{3} )/);
    expect(answers).toHaveLength(2);
    expect(answers[0]).toMatch(/^HTTP\/1\.1 200 /);
    expect(answers[0]).toContain('"valid":true');
    // An answer started while draining tells the client the connection ends.
    expect(answers[1]).toMatch(/^HTTP\/1\.1 200 /);
    expect(answers[1]?.toLowerCase()).toContain('connection: close');
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });
});
