import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';

/** The route a log line names when the request matched none (404, 405, CORS preflight). */
export const UNMATCHED_ROUTE = 'unmatched';

/** The methods a log line names as sent; any other is written as `OTHER`. */
const LOGGED_METHODS: ReadonlySet<string> = new Set([
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'PATCH',
  'DELETE',
  'OPTIONS',
]);

/**
 * Middleware that writes one line per request once it is answered:
 * `2026-05-04T09:30:00.000Z POST /v1/operations/{operation}/requests 201 1.2ms`: the time of
 * the answer (ISO 8601, UTC), the method, the route template that answered (its parameters
 * named, never their values; {@link UNMATCHED_ROUTE} when no route matched), the status and
 * the time taken. Nothing the client sent is written: no path, query string, header or body.
 *
 * @param log Where each line goes.
 * @returns The middleware.
 */
export function requestLogger(log: (line: string) => void): MiddlewareHandler {
  // Each route's template, worked out once: keyed by the app's own route patterns.
  const templates = new Map<string, string>();
  const clock = isoClock();
  return async (c, next) => {
    const started = performance.now();
    await next();
    const elapsed = (performance.now() - started).toFixed(1);
    const method = LOGGED_METHODS.has(c.req.method) ? c.req.method : 'OTHER';
    const template = routeTemplate(c, templates);
    log(`${clock()} ${method} ${template} ${c.res.status} ${elapsed}ms`);
  };
}

/**
 * The template of the route whose handler answered, with `:name` parameters written
 * `{name}` as in OpenAPI; middleware (method `ALL`) is not a route.
 */
function routeTemplate(c: Context, templates: Map<string, string>): string {
  const route = matchedRoutes(c)[c.req.routeIndex];
  if (route === undefined || route.method === 'ALL') return UNMATCHED_ROUTE;
  let template = templates.get(route.path);
  if (template === undefined) {
    template = route.path.replace(/:(\w+)/g, '{$1}');
    templates.set(route.path, template);
  }
  return template;
}

/**
 * The current time as an ISO 8601 string. Formatting a date costs more than the rest of a log
 * line, so the string is made again only when the millisecond changes.
 */
function isoClock(): () => string {
  let lastMs = Number.NaN;
  let lastIso = '';
  return () => {
    const now = Date.now();
    if (now !== lastMs) {
      lastMs = now;
      lastIso = new Date(now).toISOString();
    }
    return lastIso;
  };
}
