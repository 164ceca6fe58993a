import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The built `cavra-contracts` binary. */
export const BIN = join(
  dirname(createRequire(import.meta.url).resolve('@cavra/contracts-cli/package.json')),
  'dist/bin.js',
);

/** What one run of the binary gave, and how long it took. */
export interface ReportRun {
  readonly status: number | null;
  readonly stderr: string;
  /** Wall time of the whole process, start-up included, in milliseconds. */
  readonly milliseconds: number;
}

/**
 * Runs `cavra-contracts report ...args` as a user would, in a subprocess.
 *
 * @param args The arguments after `report`.
 * @returns The exit code, stderr and wall time.
 */
export function runReport(args: readonly string[]): ReportRun {
  const started = performance.now();
  const result = spawnSync(process.execPath, [BIN, 'report', ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  return {
    status: result.status,
    stderr: result.stderr,
    milliseconds: performance.now() - started,
  };
}
