import type { MiddlewareHandler } from 'hono';
import { positiveInteger } from './positive-integer.js';
import { replyError } from './reply.js';

/** Seconds a client told 503 is asked to wait before it retries (`Retry-After`). */
export const RETRY_AFTER_SECONDS = 1;

/**
 * Middleware that caps the requests in flight (received and not yet answered, bodies still
 * arriving included). A request over the cap is answered at once, without reading its body:
 * 503 `service_unavailable` with `Retry-After`, so no queue builds up behind a slow client
 * or a burst.
 *
 * @param maxInFlight The most requests in flight at once; at least 1.
 * @returns The middleware.
 * @throws {RangeError} when `maxInFlight` is not a positive integer.
 */
export function inFlightLimit(maxInFlight: number): MiddlewareHandler {
  positiveInteger('maxInFlight', maxInFlight);
  let inFlight = 0;
  return async (c, next) => {
    if (inFlight >= maxInFlight) {
      c.header('Retry-After', String(RETRY_AFTER_SECONDS));
      return replyError(c, 503, `server busy: retry in ${RETRY_AFTER_SECONDS} s`);
    }
    inFlight += 1;
    try {
      await next();
    } finally {
      inFlight -= 1;
    }
    return undefined;
  };
}
