import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { workerdConfig } from './workerd-config.js';

const require = createRequire(import.meta.url);
const ENTRIES = fileURLToPath(new URL('./entries/', import.meta.url));
/** The module a user deploys: `export { default } from '@cavra/contracts-http/worker'`. */
const WORKER_MODULE = join(ENTRIES, 'worker-module.mjs');

/** How to start one server process: the executable, its arguments and extra environment. */
export interface ServeCommand {
  readonly file: string;
  readonly args: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
}

/** A JavaScript runtime that serves the API, from a binary that an npm package ships. */
export interface Runtime {
  /** Short name: `node`, `bun`, `deno`, `workerd`. */
  readonly name: string;
  /**
   * The runtime's executable.
   *
   * @throws {Error} naming the npm package when the binary is not installed.
   */
  binary(): string;
  /**
   * Prepares what the runtime serves (in `workDir`, which the caller removes) and says how
   * to start it on 127.0.0.1 at `port`.
   */
  serve(port: number, workDir: string): Promise<ServeCommand>;
}

/**
 * The executable inside an installed package.
 *
 * @param packageName The npm package that ships the binary.
 * @param subpath The binary's path inside that package.
 * @param from Resolves from here; the platform packages are dependencies of their wrappers.
 * @returns The absolute path.
 * @throws {Error} when the package or the binary is missing.
 */
function shippedBinary(packageName: string, subpath: string, from = require): string {
  let file: string;
  try {
    file = join(dirname(from.resolve(`${packageName}/package.json`)), subpath);
  } catch {
    throw new Error(
      `${packageName} is not installed: it ships the binary for linux x64 (glibc); run pnpm install`,
    );
  }
  if (!existsSync(file)) throw new Error(`${packageName} has no ${subpath}`);
  return file;
}

/**
 * The runtime's own version line (`deno 2.9.6 (stable, ...)` gives `deno 2.9.6`).
 *
 * @param runtime The runtime.
 * @returns Its name and version.
 */
export function runtimeVersion(runtime: Runtime): string {
  const output = execFileSync(runtime.binary(), ['--version'], {
    encoding: 'utf8',
    timeout: 10_000,
  });
  const version = /\d+[.-]\d+[.-]\d+/.exec(output)?.[0] ?? output.trim().split('\n')[0];
  return `${runtime.name} ${version}`;
}

/** Node itself, through `startServer` of `@cavra/contracts-http/node`. */
const node: Runtime = {
  name: 'node',
  binary: () => process.execPath,
  serve: async (port) => ({
    file: process.execPath,
    args: [join(ENTRIES, 'node-serve.mjs'), `${port}`],
  }),
};

/** Bun, `Bun.serve` over the worker module, from `@oven/bun-linux-x64`. */
const bun: Runtime = {
  name: 'bun',
  binary: () => shippedBinary('@oven/bun-linux-x64', 'bin/bun'),
  serve: async (port) => ({
    file: bun.binary(),
    // --no-install: packages come from node_modules only, never fetched at run time.
    args: ['--no-install', join(ENTRIES, 'bun-serve.mjs'), `${port}`],
    // No telemetry or crash reports, and no transpiler cache left in the home folder.
    env: { DO_NOT_TRACK: '1', BUN_RUNTIME_TRANSPILER_CACHE_PATH: '0' },
  }),
};

/** Deno, `deno serve` of the worker module, from `deno` (binary in `@deno/linux-x64-glibc`). */
const deno: Runtime = {
  name: 'deno',
  binary: () =>
    shippedBinary(
      '@deno/linux-x64-glibc',
      'deno',
      createRequire(require.resolve('deno/package.json')),
    ),
  serve: async (port, workDir) => ({
    file: deno.binary(),
    // `deno serve` grants the network access to its own address; nothing else is allowed.
    args: [
      'serve',
      '--no-lock',
      '--no-prompt',
      '--host',
      '127.0.0.1',
      '--port',
      `${port}`,
      WORKER_MODULE,
    ],
    env: {
      DENO_DIR: join(workDir, 'deno'),
      DENO_NO_UPDATE_CHECK: '1',
      NO_COLOR: '1',
      // Packages come from node_modules; a registry on a closed port makes any fetch fail.
      NPM_CONFIG_REGISTRY: 'http://127.0.0.1:9/',
    },
  }),
};

/**
 * workerd, Cloudflare Workers' runtime, from `workerd` (binary in `@cloudflare/workerd-linux-64`):
 * the worker module bundled by esbuild as Wrangler would, served by `workerd serve` with a
 * generated config and no `nodejs_compat` flag, so no Node API is there to lean on.
 */
const workerd: Runtime = {
  name: 'workerd',
  binary: () => {
    try {
      return (require('workerd') as { default: string }).default;
    } catch {
      throw new Error(
        'workerd is not installed: its binary package ships linux x64 (glibc); run pnpm install',
      );
    }
  },
  serve: async (port, workDir) => {
    const bundle = 'worker.mjs';
    await build({
      entryPoints: [WORKER_MODULE],
      outfile: join(workDir, bundle),
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      conditions: ['workerd', 'worker', 'browser'],
      mainFields: ['module', 'main'],
      logLevel: 'silent',
    });
    const config = join(workDir, 'config.capnp');
    await writeFile(config, workerdConfig({ address: `127.0.0.1:${port}`, bundle }));
    return { file: workerd.binary(), args: ['serve', config] };
  },
};

/** Every runtime the API is tested on. */
export const RUNTIMES = { node, bun, deno, workerd } as const;
