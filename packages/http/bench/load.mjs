// @ts-check
// Load benchmark: this package's server (`startServer`, logging as `cavra-contracts serve` does)
// and the minimal Hono app a user would write instead, side by side in one run, each in its own
// process, driven by autocannon over loopback (127.0.0.1) only. Every phase is bounded in time.
//
//   node bench/load.mjs            full run (about 3 minutes), prints a table
//   node bench/load.mjs --short    short run (about 20 s), as CI runs it
//   node bench/load.mjs --json     also prints the figures as one JSON line at the end
//
// Throughput phases alternate the two servers over several rounds and report each one's best
// round, so that load from other processes on the machine does not decide the comparison.
// Every POST carries a fresh document: a new tenant and correlation id per request.
import { fork } from 'node:child_process';
import { mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCustomerOperatingDashboardRequest } from '@cavra/customer-operating-dashboard';
import autocannon from 'autocannon';

const SHORT = process.argv.includes('--short');
const JSON_OUTPUT = process.argv.includes('--json');

/** Rounds and seconds of each throughput phase, and requests of the memory phase. */
const PLAN = SHORT
  ? { warmUp: 1, rounds: 1, seconds: 2, crowdSeconds: 3, memoryRequests: 20_000 }
  : { warmUp: 2, rounds: 3, seconds: 5, crowdSeconds: 10, memoryRequests: 150_000 };
/** Connections of the throughput phases, and of the keep-alive crowd. */
const CONNECTIONS = 64;
const CROWD = 500;
/** No phase may run longer than this, whatever happens. */
const PHASE_LIMIT_MS = 60_000;

/** @typedef {{ name: string, url: string, child: import('node:child_process').ChildProcess }} Served */
/**
 * @typedef {{
 *   server: string, phase: string, requests: number, perSecond: number, p99: number,
 *   errors: number, timeouts: number, non2xx: number, unavailable: number,
 * }} Figures
 */

const SERVERS = [
  { name: 'hono (minimal app)', script: 'serve-hono.mjs' },
  { name: 'cavra (startServer)', script: 'serve-cavra.mjs' },
];

/**
 * Starts one server in a child process; its standard output (the request log) goes to a file.
 *
 * @param {string} name
 * @param {string} script
 * @param {number} logFd
 * @returns {Promise<Served>}
 */
function startChild(name, script, logFd) {
  const child = fork(fileURLToPath(new URL(script, import.meta.url)), [], {
    stdio: ['ignore', logFd, 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start`)), 15_000);
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code}`)));
    child.once('message', (message) => {
      clearTimeout(timer);
      resolve({ name, url: /** @type {{ url: string }} */ (message).url, child });
    });
  });
}

/**
 * Asks a child for its peak resident set size.
 *
 * @param {Served} served
 * @returns {Promise<number>} Bytes.
 */
function peakRss(served) {
  return new Promise((resolve) => {
    served.child.once('message', (message) => {
      resolve(/** @type {{ peakRssBytes: number }} */ (message).peakRssBytes);
    });
    served.child.send('memory');
  });
}

/** Stops a child by its PID and waits for it to exit. */
function stopChild(/** @type {Served} */ served) {
  return new Promise((resolve) => {
    if (served.child.exitCode !== null) return resolve(undefined);
    const timer = setTimeout(() => served.child.kill('SIGKILL'), 10_000);
    served.child.once('exit', () => {
      clearTimeout(timer);
      resolve(undefined);
    });
    served.child.kill('SIGTERM');
  });
}

/** The body of one `POST /v1/validate`: a valid request with its own tenant and correlation id. */
function freshDocuments() {
  const template = JSON.stringify(buildCustomerOperatingDashboardRequest('tenant-bench-000000'));
  let serial = 0;
  return () => {
    serial += 1;
    const id = serial.toString(16).padStart(6, '0');
    return template
      .replace('tenant-bench-000000', `tenant-bench-${id}`)
      .replace(/saas-[0-9a-f]{12}/, `saas-${id.padStart(12, '0')}`);
  };
}

/** @type {Record<string, (documents: () => string) => autocannon.Request>} */
const ROUTES = {
  'POST /v1/validate': (documents) => ({
    method: 'POST',
    path: '/v1/validate',
    headers: { 'content-type': 'application/json' },
    setupRequest: (request) => ({ ...request, body: documents() }),
  }),
  'GET /healthz': () => ({ method: 'GET', path: '/healthz' }),
};

/**
 * Runs autocannon against one server, bounded by `duration` or `amount` and by
 * {@link PHASE_LIMIT_MS}.
 *
 * @param {Served} served
 * @param {string} phase
 * @param {string} route
 * @param {{ connections: number, duration?: number, amount?: number }} load
 * @returns {Promise<Figures>}
 */
async function measure(served, phase, route, load) {
  const request = ROUTES[route]?.(freshDocuments());
  if (request === undefined) throw new Error(`unknown route ${route}`);
  const instance = autocannon({
    url: served.url,
    connections: load.connections,
    ...(load.amount === undefined ? { duration: load.duration } : { amount: load.amount }),
    requests: [request],
  });
  const guard = setTimeout(() => instance.stop(), PHASE_LIMIT_MS);
  const result = await instance;
  clearTimeout(guard);
  return {
    server: served.name,
    phase,
    requests: result.requests.total,
    perSecond: Math.round(result.requests.average),
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    unavailable:
      /** @type {Record<string, { count: number }>} */ (result.statusCodeStats)['503']?.count ?? 0,
  };
}

/**
 * One server's figures over the rounds of a phase: its best round's rate and p99, and the
 * counts of every round added up.
 *
 * @param {readonly Figures[]} runs
 * @returns {Figures}
 */
function best(runs) {
  const [first, ...rest] = [...runs].sort((a, b) => b.perSecond - a.perSecond);
  if (first === undefined) throw new Error('a phase ran no round');
  const sum = (/** @type {(run: Figures) => number} */ pick) =>
    runs.reduce((total, run) => total + pick(run), 0);
  return {
    ...first,
    p99: Math.min(first.p99, ...rest.map((run) => run.p99)),
    requests: sum((run) => run.requests),
    errors: sum((run) => run.errors),
    timeouts: sum((run) => run.timeouts),
    non2xx: sum((run) => run.non2xx),
    unavailable: sum((run) => run.unavailable),
  };
}

/** @param {readonly Figures[]} rows */
function printTable(rows) {
  const header = [
    'phase',
    'server',
    'req/s',
    'p99 ms',
    'requests',
    'errors',
    'timeouts',
    'non-2xx',
    '503',
  ];
  const cells = rows.map((row) => [
    row.phase,
    row.server,
    String(row.perSecond),
    String(row.p99),
    String(row.requests),
    String(row.errors),
    String(row.timeouts),
    String(row.non2xx),
    String(row.unavailable),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((cell) => (cell[column] ?? '').length)),
  );
  for (const line of [header, ...cells]) {
    console.log(line.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  '));
  }
}

/**
 * Our figure as a share of Hono's for one phase.
 *
 * @param {readonly Figures[]} rows
 * @param {string} phase
 */
function ratio(rows, phase) {
  const [hono, cavra] = SERVERS.map(
    (server) =>
      rows.find((row) => row.phase === phase && row.server === server.name)?.perSecond ?? 0,
  );
  return hono === 0 || cavra === undefined ? 0 : cavra / /** @type {number} */ (hono);
}

async function main() {
  const logDir = mkdtempSync(join(tmpdir(), 'cavra-load-'));
  /** @type {Served[]} */
  const served = [];
  try {
    for (const [index, server] of SERVERS.entries()) {
      const logFd = openSync(join(logDir, `server-${index}.log`), 'w');
      served.push(await startChild(server.name, server.script, logFd));
    }
    /** @type {Figures[]} */
    const rows = [];
    for (const target of served) {
      await measure(target, 'warm-up', 'POST /v1/validate', {
        connections: CONNECTIONS,
        duration: PLAN.warmUp,
      });
    }
    const phases = [
      {
        phase: `POST /v1/validate, ${CONNECTIONS} connections`,
        route: 'POST /v1/validate',
        load: { connections: CONNECTIONS, duration: PLAN.seconds },
        rounds: PLAN.rounds,
      },
      {
        phase: `GET /healthz, ${CONNECTIONS} connections`,
        route: 'GET /healthz',
        load: { connections: CONNECTIONS, duration: PLAN.seconds },
        rounds: PLAN.rounds,
      },
      {
        phase: `POST /v1/validate, ${CROWD} keep-alive clients, ${PLAN.crowdSeconds} s`,
        route: 'POST /v1/validate',
        load: { connections: CROWD, duration: PLAN.crowdSeconds },
        rounds: 1,
      },
      {
        phase: `POST /v1/validate, ${PLAN.memoryRequests} requests`,
        route: 'POST /v1/validate',
        load: { connections: CONNECTIONS, amount: PLAN.memoryRequests },
        rounds: 1,
      },
    ];
    for (const { phase, route, load, rounds } of phases) {
      /** @type {Figures[][]} */
      const results = served.map(() => []);
      for (let round = 0; round < rounds; round += 1) {
        for (const [index, target] of served.entries()) {
          results[index]?.push(await measure(target, phase, route, load));
        }
      }
      for (const runs of results) rows.push(best(runs));
    }
    const memory = [];
    for (const target of served) {
      const total = rows
        .filter((row) => row.server === target.name)
        .reduce((sum, row) => sum + row.requests, 0);
      memory.push({ server: target.name, requests: total, peakRssBytes: await peakRss(target) });
    }

    printTable(rows);
    console.log(`\nreq/s and p99: the best of ${PLAN.rounds} alternating round(s) per server`);
    const ours = (/** @type {string} */ phase) =>
      rows.find((row) => row.phase === phase && row.server === SERVERS[1]?.name);
    for (const phase of phases.slice(0, 2).map((entry) => entry.phase)) {
      console.log(
        `${phase}: cavra at ${(100 * ratio(rows, phase)).toFixed(0)}% of hono (target >= 80%), ` +
          `p99 ${ours(phase)?.p99} ms (target < 50 ms)`,
      );
    }
    const crowd = ours(phases[2]?.phase ?? '');
    if (crowd !== undefined) {
      console.log(
        `${crowd.phase}: cavra ${crowd.errors} errors, ${crowd.timeouts} timeouts (target 0), ` +
          `${((100 * crowd.unavailable) / Math.max(1, crowd.requests)).toFixed(2)}% 503 (target < 1%)`,
      );
    }
    for (const entry of memory) {
      console.log(
        `${entry.server}: peak RSS ${(entry.peakRssBytes / 2 ** 20).toFixed(0)} MB over ` +
          `${entry.requests} requests (target < 200 MB)`,
      );
    }
    if (JSON_OUTPUT) console.log(JSON.stringify({ rows, memory }));
  } finally {
    for (const target of served) await stopChild(target);
    rmSync(logDir, { recursive: true, force: true });
  }
}

await main();
