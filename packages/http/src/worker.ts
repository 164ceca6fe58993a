import { type CreateAppOptions, createApp } from './create-app.js';

/**
 * A module worker: an object whose `fetch` answers a Fetch API `Request`. Cloudflare Workers
 * and workerd take it as a module's default export, as do `deno serve` and Bun's `Bun.serve`.
 */
export interface FetchWorker {
  /**
   * Answers one request.
   *
   * @param request The incoming request.
   * @returns The answer.
   */
  fetch(request: Request): Response | Promise<Response>;
}

/**
 * Creates the HTTP API as a module worker, for runtimes that serve a module's default
 * export (Cloudflare Workers, workerd, `deno serve`, Bun). Uses no Node API.
 *
 * @param options CORS, a request logger and the body limit, as for `createApp`.
 * @returns The worker.
 *
 * @example
 * // src/index.ts of a Cloudflare Worker, or main.ts for `deno serve`
 * import { createWorker } from '@cavra/contracts-http/worker';
 *
 * export default createWorker({ cors: { origins: ['https://console.example'] } });
 */
export function createWorker(options: CreateAppOptions = {}): FetchWorker {
  const app = createApp(options);
  // Only the request is passed on: the second argument differs per runtime (bindings on
  // Workers, connection info on Deno, the server on Bun) and the app reads none of them.
  return { fetch: (request) => app.fetch(request) };
}

/**
 * The HTTP API with the default options (no CORS, no request log, 1 MiB body limit), ready
 * to be a module's default export: `export { default } from '@cavra/contracts-http/worker'`.
 */
const worker: FetchWorker = createWorker();

export default worker;
