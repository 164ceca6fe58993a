// @ts-check
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { RehearsalError } from './run-command.mjs';
import { REPO_ROOT, readJson } from './workspace.mjs';

const HOST = '127.0.0.1';

/**
 * A verdaccio registry running on the loopback interface.
 *
 * @typedef {object} LocalRegistry
 * @property {string} url Base URL with a trailing slash.
 * @property {number} port TCP port.
 * @property {number} pid Process id of the server.
 * @property {string} logFile Where the server writes its log.
 * @property {() => Promise<string>} addUser Registers a throw-away user; resolves to its token.
 * @property {() => Promise<void>} stop Stops the server (idempotent).
 */

/**
 * Asks the operating system for a free TCP port on the loopback interface.
 *
 * @returns {Promise<number>} The port.
 */
export function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The verdaccio configuration of the rehearsal: storage in a temporary folder, no uplinks (so
 * nothing can be fetched from, or leak to, another registry), every package readable by
 * anyone and publishable by a registered user, web UI off.
 *
 * @param {string} storage Storage folder.
 * @param {string} htpasswd Password file.
 * @returns {string} The YAML text.
 */
export function registryConfig(storage, htpasswd) {
  return [
    `storage: ${JSON.stringify(storage)}`,
    'auth:',
    '  htpasswd:',
    `    file: ${JSON.stringify(htpasswd)}`,
    '    max_users: 10',
    'uplinks: {}',
    'packages:',
    "  '@*/*':",
    '    access: $all',
    '    publish: $authenticated',
    '    unpublish: $authenticated',
    "  '**':",
    '    access: $all',
    '    publish: $authenticated',
    '    unpublish: $authenticated',
    'web:',
    '  enable: false',
    'max_body_size: 50mb',
    'log:',
    '  type: stdout',
    '  format: pretty',
    '  level: warn',
    '',
  ].join('\n');
}

/**
 * Waits until the registry answers its ping endpoint.
 *
 * @param {string} url Base URL.
 * @param {() => boolean} exited Tells whether the server process has already exited.
 * @param {number} timeoutMs How long to wait.
 * @returns {Promise<void>}
 */
async function waitUntilUp(url, exited, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited()) throw new RehearsalError('verdaccio exited while starting');
    try {
      const response = await fetch(`${url}-/ping`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new RehearsalError(`verdaccio did not answer on ${url} within ${timeoutMs} ms`);
}

/**
 * Starts verdaccio (the workspace's own copy) on 127.0.0.1 and a free port, with its storage,
 * configuration and log under `workDir`. The server is stopped by its process id by `stop()`,
 * and also when this process exits or is interrupted.
 *
 * @param {string} workDir An empty temporary folder.
 * @returns {Promise<LocalRegistry>} The running registry.
 */
export async function startLocalRegistry(workDir) {
  mkdirSync(workDir, { recursive: true });
  const configFile = join(workDir, 'config.yaml');
  writeFileSync(configFile, registryConfig(join(workDir, 'storage'), join(workDir, 'htpasswd')));
  const logFile = join(workDir, 'verdaccio.log');
  const verdaccioDir = join(REPO_ROOT, 'node_modules', 'verdaccio');
  const bin = join(verdaccioDir, readJson(join(verdaccioDir, 'package.json')).bin);
  const port = await findFreePort();
  const url = `http://${HOST}:${port}/`;

  const log = openSync(logFile, 'a');
  const child = spawn(
    process.execPath,
    [bin, '--config', configFile, '--listen', `${HOST}:${port}`],
    {
      stdio: ['ignore', log, log],
    },
  );
  closeSync(log);
  const pid = child.pid;
  if (pid === undefined) throw new RehearsalError('verdaccio could not be started');
  let exited = false;
  /** @type {Promise<void>} */
  const exit = new Promise((resolve) => {
    child.once('exit', () => {
      exited = true;
      resolve();
    });
  });

  const killNow = () => {
    if (!exited) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  };
  const onSignal = (/** @type {NodeJS.Signals} */ signal) => {
    killNow();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('exit', killNow);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const stop = async () => {
    process.off('exit', killNow);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (exited) return;
    process.kill(pid, 'SIGTERM');
    const timer = setTimeout(killNow, 5000);
    await exit;
    clearTimeout(timer);
  };

  try {
    await waitUntilUp(url, () => exited, 60_000);
  } catch (error) {
    await stop();
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n');
    throw new RehearsalError(`${/** @type {Error} */ (error).message}\n${tail}`);
  }

  const addUser = async () => {
    const name = `rehearsal-${randomBytes(4).toString('hex')}`;
    const password = randomBytes(18).toString('base64url');
    const response = await fetch(`${url}-/user/org.couchdb.user:${name}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name, password, type: 'user', roles: [], date: new Date().toJSON() }),
    });
    const body = /** @type {{ token?: string }} */ (await response.json().catch(() => ({})));
    if (!response.ok || typeof body.token !== 'string') {
      throw new RehearsalError(
        `could not register a user on the local registry (${response.status})`,
      );
    }
    return body.token;
  };

  return { url, port, pid, logFile, addUser, stop };
}
