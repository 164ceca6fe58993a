// @ts-check
// The load benchmark's server under test: this package's `startServer`, from the build, logging
// one line per request to standard output as `cavra-contracts serve` does (batched per turn). It reports its URL
// over the IPC channel, answers `memory` messages with its peak RSS, and stops on SIGTERM.
import { batchLines, startServer } from '../dist/node.js';
import { serveForBench } from './serve-for-bench.mjs';

await serveForBench(async () => {
  const lines = batchLines((text) => process.stdout.write(text));
  const server = await startServer({ port: 0, log: lines.log });
  return { url: server.url, close: () => server.close().then(lines.flush) };
});
