import type { MiddlewareHandler } from 'hono';

/** Headers set on every answer: nothing is cached, nothing is content-sniffed. */
export const RESPONSE_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
} as const;

/**
 * Middleware that sets {@link RESPONSE_HEADERS} on every answer, error answers included.
 *
 * @returns The middleware.
 */
export function responseHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(RESPONSE_HEADERS)) c.res.headers.set(name, value);
  };
}
