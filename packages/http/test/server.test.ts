import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../src/index.js';
import { DEFAULT_HOST, DEFAULT_PORT, type RunningServer, startServer } from '../src/node.js';
import { JSON_HEADERS } from './api-client.js';
import { defineApiScenarios } from './api-scenarios.js';

describe('the API over TCP (startServer on 127.0.0.1, port 0)', () => {
  let server: RunningServer;
  const lines: string[] = [];

  beforeAll(async () => {
    server = await startServer({ port: 0, log: (line) => lines.push(line) });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('defaults to loopback, port 8787', () => {
    expect(DEFAULT_HOST).toBe('127.0.0.1');
    expect(DEFAULT_PORT).toBe(8787);
  });

  it('listens on loopback at the port it reports', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.port).toBeGreaterThan(0);
  });

  defineApiScenarios(() => (path, init) => fetch(`${server.url}${path}`, init));

  it('refuses a chunked body over 1 MiB once the streamed bytes pass the limit', async () => {
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        // A body far over the limit, with no Content-Length: only counting can stop it.
        if (sent >= 8 * MAX_BODY_BYTES) controller.close();
        else {
          sent += chunk.byteLength;
          controller.enqueue(chunk);
        }
      },
    });
    const response = await fetch(`${server.url}/v1/validate`, {
      method: 'POST',
      headers: JSON_HEADERS,
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      'payload_too_large',
    );
    expect(sent).toBeLessThan(8 * MAX_BODY_BYTES);
  });

  it('refuses a declared Content-Length over 1 MiB without waiting for the body', async () => {
    // Declare 2 MiB but send only a few bytes: the answer must come from the header alone.
    const status = await new Promise<number>((resolve, reject) => {
      const request = httpRequest(`${server.url}/v1/validate`, {
        method: 'POST',
        headers: { ...JSON_HEADERS, 'content-length': String(2 * MAX_BODY_BYTES) },
      });
      request.on('response', (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
        request.destroy();
      });
      request.on('error', reject);
      request.write('{"a":');
    });
    expect(status).toBe(413);
  });

  it('logged one line per request with time, method, route template, status and duration', () => {
    expect(lines.length).toBeGreaterThan(50);
    for (const line of lines) {
      expect(line).toMatch(
        /^\d{4}-\d\d-\d\dT[\d:.]{12}Z [A-Z]+ (?:\/\S*|unmatched) \d{3} \d+\.\dms$/,
      );
      // Route templates only: a parameter is named, never given.
      expect(line).not.toMatch(
        /customer_operating_dashboard|support_handoff|saas_operating_automation/,
      );
    }
    expect(lines.some((line) => / GET \/healthz 200 /.test(line))).toBe(true);
    expect(lines.some((line) => / GET \/v1\/operations\/\{operation\} 200 /.test(line))).toBe(true);
  });
});

describe('startServer', () => {
  it('rejects when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    try {
      await expect(startServer({ port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('closes with idle keep-alive connections open, and stops answering', async () => {
    const server = await startServer({ port: 0 });
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    await response.text();
    await server.close(1000);
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    // Closing twice is harmless.
    await server.close();
  });
});
