import {
  batchLines,
  DEFAULT_HOST,
  DEFAULT_PORT,
  type RunningServer,
  startServer,
} from '@cavra/contracts-http/node';
import { CliError, usageError } from '../cli-error.js';
import { defineCliCommand } from '../command.js';
import { EXIT_CODES } from '../exit-codes.js';
import { printOut } from '../output.js';
import { quoteInput } from '../redact.js';

/** Signals that stop the server cleanly. */
const STOP_SIGNALS: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGINT'];

/**
 * `cavra-contracts serve`: the HTTP API of `@cavra/contracts-http` on Node. Logs one line
 * per request (ISO time, method, route template, status, milliseconds; never paths, query
 * strings, headers or bodies) unless `--quiet`, and on SIGTERM or SIGINT drains the requests
 * in flight and exits 0.
 */
export default defineCliCommand({
  meta: {
    name: 'serve',
    description:
      'Serve the contracts over HTTP: build, validate and describe documents, and the OpenAPI 3.1 document at /openapi.json',
  },
  args: {
    host: {
      type: 'string',
      description: `Interface to listen on; loopback unless you choose otherwise (default ${DEFAULT_HOST})`,
      valueHint: 'HOST',
    },
    port: {
      type: 'string',
      description: `TCP port; 0 picks a free one (default ${DEFAULT_PORT})`,
      valueHint: 'PORT',
    },
    quiet: {
      type: 'boolean',
      description: 'Log no requests (default one line per request: time, method, route, status)',
    },
  },
  examples: [
    'cavra-contracts serve',
    'cavra-contracts serve --port 9000 --quiet',
    `curl -s http://${DEFAULT_HOST}:${DEFAULT_PORT}/healthz`,
  ],
  async run({ args }) {
    const host = String(args.host ?? DEFAULT_HOST);
    const port = parsePort(String(args.port ?? DEFAULT_PORT));
    // One write per turn of the event loop, not one per request.
    const lines = batchLines((text) => process.stdout.write(text));
    let server: RunningServer;
    try {
      server = await startServer({
        host,
        port,
        ...(args.quiet === true ? {} : { log: lines.log }),
      });
    } catch (caught) {
      const code = (caught as NodeJS.ErrnoException | undefined)?.code ?? 'error';
      throw new CliError(`cannot listen on ${quoteInput(host)} port ${port} (${code})`);
    }
    // Listen for the stop signals before announcing the URL: a supervisor may signal at once.
    const stopped = nextSignal();
    printOut(`cavra-contracts serve: listening on ${server.url}`);
    const signal = await stopped;
    lines.flush();
    printOut(`cavra-contracts serve: ${signal} received, shutting down`);
    await server.close();
    lines.flush();
    return EXIT_CODES.ok;
  },
});

function parsePort(value: string): number {
  const port = /^\d{1,5}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(port) || port > 65535) {
    throw usageError(
      `--port must be an integer from 0 to 65535, not ${quoteInput(value)}`,
      'serve',
    );
  }
  return port;
}

/** Resolves with the first stop signal received, then stops listening for them. */
function nextSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const handlers = STOP_SIGNALS.map((signal) => {
      const handler = () => {
        for (const [other, registered] of handlers) process.off(other, registered);
        resolve(signal);
      };
      process.on(signal, handler);
      return [signal, handler] as const;
    });
  });
}
