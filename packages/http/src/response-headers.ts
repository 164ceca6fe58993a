import type { MiddlewareHandler } from 'hono';

/** Headers set on every answer: nothing is cached, nothing is content-sniffed. */
export const RESPONSE_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
} as const;

const ENTRIES = Object.entries(RESPONSE_HEADERS);

/** The part of Node's `ServerResponse` used here, as `@hono/node-server` passes it in `env`. */
interface NodeOutgoing {
  setHeader(name: string, value: string): unknown;
}

/**
 * Middleware that sets {@link RESPONSE_HEADERS} on every answer, error answers included. They
 * are set before the route runs. On Node (`@hono/node-server`, which passes the response in
 * `env.outgoing`) they go straight onto the Node response, so answers keep the plain headers
 * that Node writes fastest; elsewhere onto the context, so every answer it builds has them.
 *
 * @returns The middleware.
 */
export function responseHeaders(): MiddlewareHandler {
  return async (c, next) => {
    const outgoing = (c.env as { outgoing?: Partial<NodeOutgoing> } | undefined)?.outgoing;
    if (typeof outgoing?.setHeader === 'function') {
      for (const [name, value] of ENTRIES) outgoing.setHeader(name, value);
    } else {
      for (const [name, value] of ENTRIES) c.header(name, value);
    }
    await next();
  };
}
