// @ts-check
// The child side of the load benchmark: start a server, send its URL to the parent, answer
// `memory` with the peak resident set size, close on SIGTERM.

/**
 * Starts a server in this child process and talks to the benchmark over IPC.
 *
 * @param {() => Promise<{ url: string, close: () => Promise<unknown> }>} start Starts the server.
 * @returns {Promise<void>}
 */
export async function serveForBench(start) {
  const server = await start();
  process.on('message', (message) => {
    // maxRSS is the peak resident set size in KiB since the process started.
    if (message === 'memory')
      process.send?.({ peakRssBytes: process.resourceUsage().maxRSS * 1024 });
  });
  process.once('SIGTERM', () => {
    server.close().then(() => process.exit(0));
  });
  process.send?.({ url: server.url });
}
