import { type ChildProcess, spawn } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { BIN, runBin, runJson } from '../testing/run-bin.js';

const LISTENING = /listening on (http:\/\/127\.0\.0\.1:\d+)/;

/** A request log line: ISO time, then `method route status`, then the duration. */
const LOG_LINE = (request: string) =>
  new RegExp(`^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z ${request} \\d+\\.\\dms$`);

/** A running `cavra-contracts serve`, its collected stdout and its exit. */
interface Served {
  readonly child: ChildProcess;
  readonly url: string;
  readonly output: () => string;
  readonly exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Spawns the built binary with `serve` and waits for its "listening on" line. */
async function serve(args: readonly string[]): Promise<Served> {
  const child = spawn(process.execPath, [BIN, 'serve', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no listening line: ${stdout}`)), 15_000);
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const match = LISTENING.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1] as string);
      }
    });
    child.on('exit', () => reject(new Error(`serve exited early: ${stdout}`)));
  });
  return { child, url, output: () => stdout, exit };
}

/** Stops the child by its PID if a test left it running. */
function stop(served: Served | undefined): void {
  const child = served?.child;
  if (child?.pid !== undefined && child.exitCode === null && child.signalCode === null) {
    process.kill(child.pid, 'SIGKILL');
  }
}

describe('cavra-contracts serve', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'serves on 127.0.0.1, logs each request and exits 0 on %s',
    async (signal) => {
      let served: Served | undefined;
      try {
        served = await serve(['--port', '0']);
        const response = await fetch(`${served.url}/healthz`);
        expect(response.status).toBe(200);
        expect(await response.json()).toEqual({ status: 'ok' });
        const missing = await fetch(`${served.url}/nowhere`);
        expect(missing.status).toBe(404);
        await missing.text();

        served.child.kill(signal);
        expect(await served.exit).toEqual({ code: 0, signal: null });
        const lines = served.output().trim().split('\n');
        expect(lines).toContainEqual(expect.stringMatching(LOG_LINE('GET /healthz 200')));
        expect(lines).toContainEqual(expect.stringMatching(LOG_LINE('GET unmatched 404')));
        expect(served.output()).not.toContain('nowhere');
        expect(lines.at(-1)).toBe(`cavra-contracts serve: ${signal} received, shutting down`);
      } finally {
        stop(served);
      }
    },
    30_000,
  );

  it('takes --host', async () => {
    let served: Served | undefined;
    try {
      served = await serve(['--host', '127.0.0.1', '--port=0']);
      expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      served.child.kill('SIGTERM');
      expect((await served.exit).code).toBe(0);
    } finally {
      stop(served);
    }
  }, 30_000);

  it('defaults to 127.0.0.1 port 8787, as --help says in the "(default …)" style of every command', () => {
    const result = runBin(['serve', '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/--host=<HOST> .*\(default 127\.0\.0\.1\)$/m);
    expect(result.stdout).toMatch(/--port=<PORT> .*\(default 8787\)$/m);
    expect(result.stdout).toMatch(/--quiet .*Log no requests \(default one line per request/);
    expect(result.stdout).not.toContain('Default:');
    expect(result.stdout).toContain('curl -s http://127.0.0.1:8787/healthz');
  });

  it('logs no request with --quiet', async () => {
    let served: Served | undefined;
    try {
      served = await serve(['--port', '0', '--quiet']);
      for (const path of ['/healthz', '/nowhere'])
        await (await fetch(`${served.url}${path}`)).text();
      served.child.kill('SIGTERM');
      expect(await served.exit).toEqual({ code: 0, signal: null });
      expect(served.output().trim().split('\n')).toEqual([
        `cavra-contracts serve: listening on ${served.url}`,
        'cavra-contracts serve: SIGTERM received, shutting down',
      ]);
    } finally {
      stop(served);
    }
  }, 30_000);

  it('answers a request in flight when stopped, then exits 0', async () => {
    let served: Served | undefined;
    try {
      served = await serve(['--port', '0']);
      const port = Number(new URL(served.url).port);
      const body = JSON.stringify(
        runJson(['request', 'customer_operating_dashboard', 'tenant-drain']),
      );
      const socket = connect(port, '127.0.0.1');
      let answer = '';
      socket.setEncoding('utf8').on('data', (chunk: string) => {
        answer += chunk;
      });
      const closed = new Promise((resolve) => socket.once('close', resolve));
      socket.write(
        `POST /v1/validate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
          `Content-Length: ${body.length}\r\n\r\n${body.slice(0, 10)}`,
      );
      // The request is in flight once its first bytes have reached the server.
      await new Promise((resolve) => setTimeout(resolve, 200));
      served.child.kill('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 200));
      socket.write(body.slice(10));
      await closed;
      expect(answer).toMatch(/^HTTP\/1\.1 200 /);
      expect(answer).toContain('"valid":true');
      expect(await served.exit).toEqual({ code: 0, signal: null });
      expect(served.output()).toMatch(/Z POST \/v1\/validate 200 /);
    } finally {
      stop(served);
    }
  }, 30_000);

  it.each(['abc', '-1', '65536', '80.5', ''])('refuses --port=%s with exit code 2', (port) => {
    const result = runBin(['serve', `--port=${port}`]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--port must be an integer from 0 to 65535');
  });

  it('exits 2 naming the port when it is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    try {
      const result = runBin(['serve', '--port', String(port)]);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(`cannot listen on '127.0.0.1' port ${port} (EADDRINUSE)`);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});
