import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BENCH = fileURLToPath(new URL('../bench/load.mjs', import.meta.url));

/** One server's figures in one phase of `bench/load.mjs --json`. */
interface Row {
  readonly server: string;
  readonly phase: string;
  readonly requests: number;
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
  readonly unavailable: number;
}

/** Runs the short load benchmark (bounded: every phase stops by itself) and reads its figures. */
function runShortBench(): Promise<{ rows: Row[]; memory: { server: string; requests: number }[] }> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [BENCH, '--short', '--json'],
      { timeout: 240_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout) => {
        if (error) return reject(error);
        const last = stdout.trim().split('\n').at(-1) ?? '';
        resolve(JSON.parse(last));
      },
    );
  });
}

describe('the load benchmark, short run (loopback only)', () => {
  it('serves every request of every phase with no error and no timeout', async () => {
    const { rows, memory } = await runShortBench();
    const ours = rows.filter((row) => row.server.startsWith('cavra'));
    expect(ours.map((row) => row.phase)).toEqual([
      'POST /v1/validate, 64 connections',
      'GET /healthz, 64 connections',
      'POST /v1/validate, 500 keep-alive clients, 3 s',
      'POST /v1/validate, 20000 requests',
    ]);
    for (const row of rows) {
      expect(row.requests, row.phase).toBeGreaterThan(0);
      expect({
        phase: row.phase,
        server: row.server,
        errors: row.errors,
        timeouts: row.timeouts,
      }).toEqual({ phase: row.phase, server: row.server, errors: 0, timeouts: 0 });
      // Only the in-flight cap may answer other than 2xx, and rarely.
      expect(row.non2xx).toBe(row.unavailable);
      expect(row.unavailable * 100).toBeLessThan(row.requests);
    }
    expect(ours.at(-1)?.requests).toBe(20_000);
    expect(memory.map((entry) => entry.server)).toEqual([
      'hono (minimal app)',
      'cavra (startServer)',
    ]);
  }, 300_000);
});
