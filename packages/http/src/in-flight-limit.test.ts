import { describe, expect, it } from 'vitest';
import { createApp } from './create-app.js';
import { inFlightLimit, RETRY_AFTER_SECONDS } from './in-flight-limit.js';

/** A POST whose body stays open until `release` is called. */
function heldPost(): { request: Request; release: () => void } {
  let release: () => void = () => undefined;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      release = () => {
        controller.enqueue(new TextEncoder().encode('{}'));
        controller.close();
      };
    },
  });
  const request = new Request('http://127.0.0.1/v1/validate', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    duplex: 'half',
  } as RequestInit);
  return { request, release: () => release() };
}

describe('the in-flight cap', () => {
  it('answers 503 with Retry-After past the cap, without waiting, and not after', async () => {
    const app = createApp({ maxInFlight: 1 });
    const held = heldPost();
    const first = app.fetch(held.request);
    const busy = await app.request('/healthz');
    expect(busy.status).toBe(503);
    expect(busy.headers.get('retry-after')).toBe(String(RETRY_AFTER_SECONDS));
    expect(busy.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await busy.json()).toEqual({
      error: { code: 'service_unavailable', message: 'server busy: retry in 1 s' },
    });
    held.release();
    expect((await first).status).toBe(422);
    expect((await app.request('/healthz')).status).toBe(200);
  });

  it('frees its place when the route fails', async () => {
    const app = createApp({ maxInFlight: 1 });
    app.get('/boom', () => {
      throw new Error('boom');
    });
    expect((await app.request('/boom')).status).toBe(500);
    expect((await app.request('/healthz')).status).toBe(200);
  });

  it('is off unless asked for', async () => {
    const app = createApp();
    const held = [heldPost(), heldPost(), heldPost()];
    const pending = held.map((entry) => app.fetch(entry.request));
    expect((await app.request('/healthz')).status).toBe(200);
    for (const entry of held) entry.release();
    expect((await Promise.all(pending)).map((answer) => answer.status)).toEqual([422, 422, 422]);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses a cap of %s', (cap) => {
    expect(() => inFlightLimit(cap)).toThrow(
      new RangeError(`maxInFlight must be a positive integer, not ${cap}`),
    );
  });
});
