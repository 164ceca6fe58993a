import type { MiddlewareHandler } from 'hono';

/** Headers set on every answer: nothing is cached, nothing is content-sniffed. */
export const RESPONSE_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
} as const;

const ENTRIES = Object.entries(RESPONSE_HEADERS);

/**
 * Middleware that sets {@link RESPONSE_HEADERS} on every answer, error answers included.
 * They are set before the route runs, so every answer the context builds carries them
 * without being copied afterwards.
 *
 * @returns The middleware.
 */
export function responseHeaders(): MiddlewareHandler {
  return async (c, next) => {
    for (const [name, value] of ENTRIES) c.header(name, value);
    await next();
  };
}
