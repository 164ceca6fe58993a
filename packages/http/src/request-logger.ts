import type { MiddlewareHandler } from 'hono';

/** Longest path written to a log line; longer paths are cut. */
const MAX_LOGGED_PATH = 200;

/**
 * Middleware that writes one line per request once it is answered:
 * `METHOD /path STATUS 1.2ms`. It never writes bodies, headers or query strings.
 *
 * @param log Where each line goes.
 * @returns The middleware.
 */
export function requestLogger(log: (line: string) => void): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const elapsed = (performance.now() - started).toFixed(1);
    log(`${c.req.method} ${loggedPath(c.req.path)} ${c.res.status} ${elapsed}ms`);
  };
}

function loggedPath(path: string): string {
  const printable = path.replace(/[^\x21-\x7e]/g, '?');
  return printable.length > MAX_LOGGED_PATH
    ? `${printable.slice(0, MAX_LOGGED_PATH)}...`
    : printable;
}
