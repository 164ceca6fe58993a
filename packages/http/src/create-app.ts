import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { allowedMethods } from './allowed-methods.js';
import { inFlightLimit } from './in-flight-limit.js';
import { buildOpenApiDocument } from './openapi/openapi-document.js';
import { positiveInteger } from './positive-integer.js';
import { MAX_BODY_BYTES } from './read-json-body.js';
import { replyError, replyJson } from './reply.js';
import { requestLogger } from './request-logger.js';
import { responseHeaders } from './response-headers.js';
import { ROUTES } from './route-paths.js';
import { registerBuildRoutes } from './routes/build-routes.js';
import { registerCompatRoutes } from './routes/compat-routes.js';
import { registerConsoleRoutes } from './routes/console-routes.js';
import { registerDiscoveryRoutes } from './routes/discovery-routes.js';
import { registerValidateRoute } from './routes/validate-route.js';

/** Cross-origin access, off unless configured. */
export interface CorsConfig {
  /** Origins allowed to call the API (`https://console.example`), or `['*']` for any. */
  readonly origins: readonly string[];
  /** How long browsers may cache a preflight answer, in seconds; default 600. */
  readonly maxAgeSeconds?: number;
}

/** Options of {@link createApp}. */
export interface CreateAppOptions {
  /** Cross-origin access; without it no CORS header is ever sent. */
  readonly cors?: CorsConfig;
  /**
   * Receives one line per answered request: time, method, route template, status and
   * duration (`2026-05-04T09:30:00.000Z GET /v1/operations/{operation} 200 0.4ms`). Never a
   * path, query string, header or body.
   */
  readonly logger?: (line: string) => void;
  /** The largest body accepted, in bytes; default 1 MiB. */
  readonly maxBodyBytes?: number;
  /**
   * The most requests in flight at once; past it, 503 with `Retry-After` at once. Default: no
   * cap (`startServer` sets one).
   */
  readonly maxInFlight?: number;
}

/**
 * Creates the HTTP API as a Hono app over the Fetch API, so it runs unchanged on Node,
 * Bun, Deno and edge runtimes (`app.fetch(request)`). Start it on Node with
 * `startServer` from `@cavra/contracts-http/node`.
 *
 * @param options CORS, a request logger, the body limit and the in-flight cap.
 * @returns The app.
 * @throws {RangeError} when `maxBodyBytes` or `maxInFlight` is not a positive integer.
 *
 * @example
 * const app = createApp();
 * const answer = await app.request('/healthz');
 * // answer.status === 200
 */
export function createApp(options: CreateAppOptions = {}): Hono {
  const maxBodyBytes = positiveInteger('maxBodyBytes', options.maxBodyBytes ?? MAX_BODY_BYTES);
  const app = new Hono();
  if (options.logger !== undefined) app.use('*', requestLogger(options.logger));
  app.use('*', responseHeaders());
  if (options.cors !== undefined) {
    const { origins, maxAgeSeconds = 600 } = options.cors;
    app.use(
      '*',
      cors({
        origin: origins.includes('*') ? '*' : [...origins],
        allowMethods: ['GET', 'HEAD', 'POST'],
        allowHeaders: ['Content-Type'],
        maxAge: maxAgeSeconds,
      }),
    );
  }
  if (options.maxInFlight !== undefined) app.use('*', inFlightLimit(options.maxInFlight));

  registerDiscoveryRoutes(app);
  registerBuildRoutes(app, maxBodyBytes);
  registerValidateRoute(app, maxBodyBytes);
  registerCompatRoutes(app, maxBodyBytes);
  registerConsoleRoutes(app);
  let openApi: Record<string, unknown> | undefined;
  app.get(ROUTES.openapi, (c) => {
    openApi ??= buildOpenApiDocument();
    return replyJson(c, openApi);
  });

  app.notFound((c) => {
    const allowed = allowedMethods(app.routes, c.req.path);
    if (allowed.length === 0) return replyError(c, 404, 'no such route: see GET /openapi.json');
    c.header('Allow', allowed.join(', '));
    return replyError(c, 405, `method not allowed: use ${allowed.join(' or ')}`);
  });
  app.onError((_error, c) => replyError(c, 500, 'internal error'));
  return app;
}
