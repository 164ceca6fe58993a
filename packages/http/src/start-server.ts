import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { type CorsConfig, createApp } from './create-app.js';

/** Options of {@link startServer}. */
export interface StartServerOptions {
  /** Interface to listen on; default `127.0.0.1` (loopback only). */
  readonly host?: string;
  /** TCP port; default 8787. `0` picks a free port (read it from `url`). */
  readonly port?: number;
  /** Receives one line per answered request; default none. */
  readonly log?: (line: string) => void;
  /** Cross-origin access; default none. */
  readonly cors?: CorsConfig;
  /** Largest accepted body in bytes; default 1 MiB. */
  readonly maxBodyBytes?: number;
}

/** A listening server. */
export interface RunningServer {
  /** Base URL, e.g. `http://127.0.0.1:8787`. */
  readonly url: string;
  /** The bound port. */
  readonly port: number;
  /**
   * Stops accepting connections, lets requests in flight finish, closes idle keep-alive
   * connections at once and any left after `graceMs` (default 5000).
   */
  close(graceMs?: number): Promise<void>;
}

/** Default interface: loopback, so nothing is exposed unless asked for. */
export const DEFAULT_HOST = '127.0.0.1';

/** Default port. */
export const DEFAULT_PORT = 8787;

/**
 * Starts the HTTP API on Node (`node:http` through `@hono/node-server`).
 *
 * @param options Host, port, request log, CORS and body limit.
 * @returns The running server, once it listens.
 * @throws {Error} when the port cannot be bound (e.g. `EADDRINUSE`).
 *
 * @example
 * const server = await startServer({ port: 0 });
 * console.log(server.url);
 * await server.close();
 */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  const port = options.port ?? DEFAULT_PORT;
  const app = createApp({
    ...(options.log === undefined ? {} : { logger: options.log }),
    ...(options.cors === undefined ? {} : { cors: options.cors }),
    ...(options.maxBodyBytes === undefined ? {} : { maxBodyBytes: options.maxBodyBytes }),
  });
  // overrideGlobalObjects: false leaves the process's global Request and Response alone.
  const server = createAdaptorServer({ fetch: app.fetch, overrideGlobalObjects: false });
  const httpServer = server as import('node:http').Server;
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
        const timer = setTimeout(() => httpServer.closeAllConnections(), graceMs);
        timer.unref();
        httpServer.close(() => {
          clearTimeout(timer);
          resolve();
        });
        httpServer.closeIdleConnections();
      });
      return closing;
    },
  };
}
