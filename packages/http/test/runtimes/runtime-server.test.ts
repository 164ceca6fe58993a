import { describe, expect, it } from 'vitest';
import { startRuntimeServer } from './runtime-server.js';
import type { Runtime } from './runtimes.js';

/** A runtime that runs a command instead of serving the API. */
function fakeRuntime(file: string, args: string[]): Runtime {
  return { name: 'fake', binary: () => file, serve: async () => ({ file, args }) };
}

describe('startRuntimeServer fails loudly instead of passing silently', () => {
  it('when the runtime exits before answering, with its exit code and output', async () => {
    const runtime = fakeRuntime(process.execPath, [
      '-e',
      "console.error('no such module'); process.exit(3)",
    ]);
    await expect(startRuntimeServer(runtime)).rejects.toThrow(
      /^fake exited \(3\) before answering:\nno such module/,
    );
  });

  it('when the binary cannot be started', async () => {
    const runtime = fakeRuntime('/nonexistent/runtime-binary', []);
    await expect(startRuntimeServer(runtime)).rejects.toThrow(
      /^fake could not start \/nonexistent\/runtime-binary: spawn .*ENOENT/,
    );
  });

  it('when it answers something other than the API', async () => {
    const runtime: Runtime = {
      name: 'fake',
      binary: () => process.execPath,
      serve: async (port) => ({
        file: process.execPath,
        args: [
          '-e',
          `require('node:http').createServer((q, s) => s.writeHead(503).end()).listen(${port}, '127.0.0.1')`,
        ],
      }),
    };
    const started = startRuntimeServer(runtime, 1_500);
    await expect(started).rejects.toThrow(/^fake did not answer GET \/healthz within 1500 ms/);
  });
});
