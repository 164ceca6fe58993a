import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built binary the tests run, as a user would. */
export const BIN = fileURLToPath(new URL('../../dist/bin.js', import.meta.url));

/** What one run of the binary gave. */
export interface BinResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of {@link runBin}. */
export interface RunBinOptions {
  /** Bytes or text piped into stdin; an empty stdin when left out. */
  readonly input?: string | Uint8Array;
  /** Variables added to (or, when `undefined`, removed from) the environment. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** The working directory of the run; the test's own when left out. */
  readonly cwd?: string;
}

/**
 * Runs `node dist/bin.js ...args` in a subprocess and collects its exit code and output.
 * The package must be built first (`turbo run test` builds it).
 *
 * @param args The command-line arguments.
 * @param options stdin and environment.
 * @returns The exit code, stdout and stderr.
 */
export function runBin(args: readonly string[], options: RunBinOptions = {}): BinResult {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: build the package first`);
  const env: Record<string, string | undefined> = { ...process.env };
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input: options.input ?? '',
    env,
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs the binary and parses its stdout as JSON, failing loudly when it exits non-zero.
 *
 * @param args The command-line arguments.
 * @returns The parsed stdout.
 */
export function runJson<T = Record<string, unknown>>(args: readonly string[]): T {
  const result = runBin(args);
  if (result.status !== 0) {
    throw new Error(`cavra-contracts ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  }
  return JSON.parse(result.stdout) as T;
}

/**
 * Creates a temporary directory for input files, removed by the returned function.
 *
 * @returns The directory, a writer of files in it, and the clean-up.
 */
export function tempFiles(): {
  dir: string;
  write: (name: string, content: string | Uint8Array) => string;
  remove: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'cavra-cli-test-'));
  return {
    dir,
    write: (name, content) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A line of a stack trace, which no expected error may print. */
export const STACK_LINE = /^\s+at /m;

/** Any terminal escape code. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the pattern exists to find escape codes
export const ESCAPE_CODE = /\u001b\[/;

/**
 * A GitHub-style token, built at run time so no secret-looking literal sits in the source.
 *
 * @param fill The character repeated 36 times after the prefix.
 * @returns The token.
 */
export function tokenShapedValue(fill = 'x'): string {
  return ['ghp', fill.repeat(36)].join('_');
}
