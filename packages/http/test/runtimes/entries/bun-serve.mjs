// Serves the worker module with Bun on 127.0.0.1 at the port given as the first argument.
import worker from './worker-module.mjs';

Bun.serve({ hostname: '127.0.0.1', port: Number(process.argv[2]), fetch: worker.fetch });
