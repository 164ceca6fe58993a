// @ts-check
// The load benchmark's baseline: the minimal Hono app a user would write instead, on
// `@hono/node-server` with its defaults. It parses the same JSON body and answers JSON.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { serveForBench } from './serve-for-bench.mjs';

await serveForBench(
  () =>
    new Promise((resolve) => {
      const app = new Hono();
      app.get('/healthz', (c) => c.json({ status: 'ok' }));
      app.post('/v1/validate', async (c) => {
        const document = await c.req.json();
        return c.json({ valid: typeof document === 'object' && document !== null });
      });
      const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => {
        resolve({
          url: `http://127.0.0.1:${info.port}`,
          close: () => new Promise((done) => server.close(() => done(undefined))),
        });
      });
    }),
);
