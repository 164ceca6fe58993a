import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { type CorsConfig, createApp } from './create-app.js';
import { positiveInteger } from './positive-integer.js';

/** Options of {@link startServer}. */
export interface StartServerOptions {
  /** Interface to listen on; default `127.0.0.1` (loopback only). */
  readonly host?: string;
  /** TCP port; default 8787. `0` picks a free port (read it from `url`). */
  readonly port?: number;
  /** Receives one line per answered request; default none. See `batchLines` for a fast sink. */
  readonly log?: (line: string) => void;
  /** Cross-origin access; default none. */
  readonly cors?: CorsConfig;
  /** Largest accepted body in bytes; default 1 MiB. */
  readonly maxBodyBytes?: number;
  /**
   * The most requests in flight at once; past it, 503 with `Retry-After` at once;
   * default {@link SERVER_LIMITS}`.maxInFlight`.
   */
  readonly maxInFlight?: number;
  /**
   * Milliseconds a client has to send a request's headers, from its first byte; default
   * {@link SERVER_LIMITS}`.headersTimeout`, and never more than `requestTimeout`.
   */
  readonly headersTimeout?: number;
  /**
   * Milliseconds a client has to send a whole request, headers and body: a body shorter than
   * its `Content-Length` or trickling in is cut off (408) then; default
   * {@link SERVER_LIMITS}`.requestTimeout`.
   */
  readonly requestTimeout?: number;
  /**
   * Milliseconds an idle keep-alive connection stays open; default
   * {@link SERVER_LIMITS}`.keepAliveTimeout`.
   */
  readonly keepAliveTimeout?: number;
}

/** A listening server. */
export interface RunningServer {
  /** Base URL, e.g. `http://127.0.0.1:8787`. */
  readonly url: string;
  /** The bound port. */
  readonly port: number;
  /**
   * Drains and stops: stops accepting connections, closes idle keep-alive connections at
   * once, lets requests in flight finish and closes each connection once answered (answers
   * started meanwhile say `Connection: close`), and closes whatever is left after `graceMs`
   * (default 5000). Resolves once every connection is closed.
   */
  close(graceMs?: number): Promise<void>;
}

/** Default interface: loopback, so nothing is exposed unless asked for. */
export const DEFAULT_HOST = '127.0.0.1';

/** Default port. */
export const DEFAULT_PORT = 8787;

/** The defaults of {@link startServer}'s limits; times in milliseconds. */
export const SERVER_LIMITS = {
  /** Requests in flight at once, above the 500 keep-alive clients the server is tested with. */
  maxInFlight: 1024,
  /** Time to send the headers. */
  headersTimeout: 10_000,
  /** Time to send a whole request (Node's own default is 300 s). */
  requestTimeout: 30_000,
  /** Idle time of a keep-alive connection. */
  keepAliveTimeout: 5_000,
} as const;

/** How often a drain closes the connections whose requests have been answered. */
const DRAIN_SWEEP_MS = 50;

/** How often, at most, Node looks for requests past their time limits (its default is 30 s). */
const TIMEOUT_CHECK_INTERVAL_MS = 1000;

/**
 * Starts the HTTP API on Node (`node:http` through `@hono/node-server`) with limits that hold
 * under load: header, request and keep-alive timeouts and a cap on requests in flight (see
 * {@link SERVER_LIMITS}). Like `@hono/node-server`'s `serve`, it installs that package's
 * lightweight `Request` and `Response` as the process's globals (they behave as the built-in
 * ones and make each request several times cheaper).
 *
 * @param options Host, port, request log, CORS, body limit, in-flight cap and timeouts.
 * @returns The running server, once it listens.
 * @throws {Error} when the port cannot be bound (e.g. `EADDRINUSE`).
 * @throws {RangeError} when a limit is not a positive integer, or the port not an integer
 *   from 0 to 65535 (a string such as `'abc'` would make Node listen on a named pipe).
 *
 * @example
 * const server = await startServer({ port: 0 });
 * console.log(server.url);
 * await server.close();
 */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  const port = portOf(options.port ?? DEFAULT_PORT);
  const requestTimeout = limit('requestTimeout', options.requestTimeout);
  const headersTimeout = Math.min(limit('headersTimeout', options.headersTimeout), requestTimeout);
  const keepAliveTimeout = limit('keepAliveTimeout', options.keepAliveTimeout);
  const app = createApp({
    maxInFlight: limit('maxInFlight', options.maxInFlight),
    ...(options.log === undefined ? {} : { logger: options.log }),
    ...(options.cors === undefined ? {} : { cors: options.cors }),
    ...(options.maxBodyBytes === undefined ? {} : { maxBodyBytes: options.maxBodyBytes }),
  });
  const listener = getRequestListener(app.fetch);
  let draining = false;
  const httpServer = createServer(
    {
      headersTimeout,
      requestTimeout,
      keepAliveTimeout,
      connectionsCheckingInterval: Math.min(TIMEOUT_CHECK_INTERVAL_MS, headersTimeout),
    },
    (request, response) => {
      // While draining, each new answer closes its connection.
      if (draining) response.setHeader('Connection', 'close');
      return listener(request, response);
    },
  );
  httpServer.keepAliveTimeout = keepAliveTimeout;
  await new Promise<void>((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    httpServer.once('error', onError);
    httpServer.listen(port, host, () => {
      httpServer.off('error', onError);
      resolve();
    });
  });
  const bound = (httpServer.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${bound}`,
    port: bound,
    close(graceMs = 5000) {
      closing ??= new Promise<void>((resolve) => {
        draining = true;
        const timer = setTimeout(() => httpServer.closeAllConnections(), graceMs);
        timer.unref();
        // A connection whose request was in flight is idle once answered: close it then.
        const sweep = setInterval(() => httpServer.closeIdleConnections(), DRAIN_SWEEP_MS);
        httpServer.close(() => {
          clearTimeout(timer);
          clearInterval(sweep);
          resolve();
        });
      });
      return closing;
    },
  };
}

/** A limit's value, or its default; a positive integer either way. */
function limit(name: keyof typeof SERVER_LIMITS, value: number | undefined): number {
  return positiveInteger(name, value ?? SERVER_LIMITS[name]);
}

/** The port to listen on: an integer from 0 (any free port) to 65535. */
function portOf(port: number): number {
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new RangeError(`port must be an integer from 0 to 65535, not ${String(port)}`);
  }
  return port;
}
