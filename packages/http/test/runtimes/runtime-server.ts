import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Runtime } from './runtimes.js';

/** The http package folder: the server processes start here, so they resolve its packages. */
const PACKAGE_DIR = fileURLToPath(new URL('../../', import.meta.url));
/** How long a runtime may take to answer its first `GET /healthz`, by default. */
const READY_WITHIN_MS = 30_000;
/** How long a stopped runtime may take to exit before it is killed. */
const EXIT_WITHIN_MS = 5_000;
/** The most output kept from a server process, for error messages. */
const OUTPUT_LIMIT = 4_000;

/** A runtime serving the API in its own process. */
export interface RuntimeServer {
  /** Base URL, `http://127.0.0.1:PORT`. */
  readonly url: string;
  /** The server process. */
  readonly pid: number;
  /** Stops the process by its PID (SIGTERM, then SIGKILL) and removes its work folder. */
  stop(): Promise<void>;
}

/**
 * A TCP port free on 127.0.0.1 right now (bound to port 0, read, released).
 *
 * @returns The port.
 */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', resolve);
  });
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port was bound');
  return address.port;
}

/** Resolves when the process has exited; at once if it already has. */
function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Sends a signal to a process by its PID; one that has exited meanwhile is left alone. */
function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/** Resolves after `ms` milliseconds to `false`, without keeping the process alive. */
function after(ms: number): Promise<false> {
  return new Promise((resolve) => setTimeout(() => resolve(false), ms).unref());
}

/**
 * Waits until the server answers `GET /healthz` with 200.
 *
 * @throws {Error} with the process's output when it exits first or does not answer in time.
 */
async function waitUntilReady(
  runtime: Runtime,
  child: ChildProcess,
  url: string,
  output: () => string,
  readyWithinMs: number,
): Promise<void> {
  const deadline = Date.now() + readyWithinMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const how = child.exitCode ?? child.signalCode;
      throw new Error(`${runtime.name} exited (${how}) before answering:\n${output()}`);
    }
    try {
      const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await after(100);
  }
  throw new Error(
    `${runtime.name} did not answer GET /healthz within ${readyWithinMs} ms:\n${output()}`,
  );
}

/**
 * Starts a runtime serving the API on 127.0.0.1 at a free port, in its own process, and
 * waits until it answers.
 *
 * @param runtime The runtime.
 * @param readyWithinMs How long it may take to answer `GET /healthz` with 200.
 * @returns The running server.
 * @throws {Error} when the binary is missing, or the server exits or does not answer in time.
 */
export async function startRuntimeServer(
  runtime: Runtime,
  readyWithinMs = READY_WITHIN_MS,
): Promise<RuntimeServer> {
  const workDir = await mkdtemp(join(tmpdir(), `cavra-${runtime.name}-`));
  let child: ChildProcess | undefined;
  const stop = async () => {
    if (child !== undefined && child.pid !== undefined) {
      const pid = child.pid;
      if (child.exitCode === null && child.signalCode === null) signal(pid, 'SIGTERM');
      if ((await Promise.race([exited(child).then(() => true), after(EXIT_WITHIN_MS)])) === false) {
        signal(pid, 'SIGKILL');
        await exited(child);
      }
      child = undefined;
    }
    await rm(workDir, { recursive: true, force: true });
  };
  try {
    const port = await freePort();
    const command = await runtime.serve(port, workDir);
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-OUTPUT_LIMIT);
    };
    child = spawn(command.file, [...command.args], {
      cwd: PACKAGE_DIR,
      env: { ...process.env, ...command.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    if (child.pid === undefined) {
      const failure = await new Promise<Error>((resolve) => child?.once('error', resolve));
      throw new Error(`${runtime.name} could not start ${command.file}: ${failure.message}`);
    }
    // A failed signal is reported by stop(); the event itself must not go unhandled.
    child.on('error', () => undefined);
    const url = `http://127.0.0.1:${port}`;
    await waitUntilReady(runtime, child, url, () => output, readyWithinMs);
    const pid = child.pid as number;
    return { url, pid, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
