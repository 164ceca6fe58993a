import { spawnSync } from 'node:child_process';
import { afterAll, bench, describe } from 'vitest';
import { BIN, runJson, tempFiles } from './testing/run-bin.js';

// Start-up cost of the CLI: `validate` on a real document against a bare `node -e 0`, each a
// fresh process. Figures are printed by `pnpm bench`, never asserted.

const files = tempFiles();
afterAll(() => files.remove());
const pair = files.write(
  'pair.json',
  JSON.stringify(runJson(['respond', 'customer_operating_dashboard', 'tenant-bench'])),
);

const options = { iterations: 20, warmupIterations: 2, time: 0 };

describe('start-up: one process per run', () => {
  bench(
    'node -e 0',
    () => {
      spawnSync(process.execPath, ['-e', '0']);
    },
    options,
  );

  bench(
    'cavra-contracts --version',
    () => {
      spawnSync(process.execPath, [BIN, '--version']);
    },
    options,
  );

  bench(
    'cavra-contracts validate pair.json',
    () => {
      const result = spawnSync(process.execPath, [BIN, 'validate', pair]);
      if (result.status !== 0) throw new Error(`validate exited ${result.status}`);
    },
    options,
  );
});
