import { spawnSync } from 'node:child_process';
import { appendFileSync, writeFileSync } from 'node:fs';
import { checkDocument } from '@cavra/contracts';
import { afterAll, bench, describe } from 'vitest';
import { CONTRACTS } from './operations/registry.js';
import { BIN, runJson, tempFiles } from './testing/run-bin.js';

// Documents per second of `cavra-contracts validate` over NDJSON (the target: 100,000 in under
// 5 s, i.e. 20,000 documents/s on 2 cores), side by side with what a user did before batches
// (one process per document file) and with the in-process floor (checkDocument of @cavra/contracts over
// JSON.parse, no I/O). Every run reads documents never seen before: new tenants, correlation
// ids and blockers. Figures are printed by `pnpm bench`, never asserted.

const BATCH = 100_000;
const FLOOR = 20_000;
const PER_PROCESS = 20;
/** Runs of each benchmark: one warm-up and three measured. */
const RUNS = 4;
const options = { iterations: RUNS - 1, warmupIterations: 1, time: 0, warmupTime: 0 };

const files = tempFiles();
afterAll(() => files.remove());

/** One compact document of each kind of each operation, with slots for the fresh values. */
const TEMPLATES = CONTRACTS.flatMap((contract) => {
  const operation = contract.spec.operation;
  const pair = runJson<{ request: unknown; response: unknown }>([
    'respond',
    operation,
    'tenant-slot',
    '--correlation-id',
    'saas-000000000000',
    '--blocker',
    'blocker-slot',
  ]);
  return [pair.request, pair.response, pair].map((document) => JSON.stringify(document));
});

let serial = 0;

/** `count` documents never generated before, one JSON text each. */
function freshDocuments(count: number): string[] {
  const stamp = new Date().toISOString();
  const documents: string[] = [];
  for (let index = 0; index < count; index++) {
    serial++;
    const template = TEMPLATES[index % TEMPLATES.length] as string;
    documents.push(
      template
        .replaceAll('tenant-slot', `tenant-${serial}`)
        .replaceAll('saas-000000000000', `saas-${serial.toString(16).padStart(12, '0')}`)
        .replaceAll('blocker-slot', `evidence missing since ${stamp} (${serial})`),
    );
  }
  return documents;
}

/** An NDJSON file of `count` fresh documents, written in blocks. */
function freshBatchFile(count: number): string {
  const path = files.write(`batch-${serial}.ndjson`, '');
  for (let done = 0; done < count; done += 10_000) {
    appendFileSync(path, `${freshDocuments(Math.min(10_000, count - done)).join('\n')}\n`);
  }
  return path;
}

const batches = Array.from({ length: RUNS }, () => freshBatchFile(BATCH));
const singles = Array.from({ length: RUNS }, () =>
  freshDocuments(PER_PROCESS).map((text, index) => {
    const path = `${files.dir}/single-${serial}-${index}.json`;
    writeFileSync(path, text);
    return path;
  }),
);
const floors = Array.from({ length: RUNS }, () => freshDocuments(FLOOR));

function validate(args: readonly string[]): void {
  const result = spawnSync(process.execPath, [BIN, 'validate', ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (result.status !== 0) throw new Error(`validate exited ${result.status}: ${result.stderr}`);
}

describe('validate: fresh documents per second [target >= 20000 documents/s]', () => {
  let run = 0;
  bench(
    `cavra-contracts validate batch.ndjson [${BATCH} documents]`,
    () => {
      validate([batches[run++ % RUNS] as string]);
    },
    options,
  );

  let single = 0;
  bench(
    `baseline: one cavra-contracts validate FILE process per document [${PER_PROCESS} documents]`,
    () => {
      for (const path of singles[single++ % RUNS] ?? []) validate([path]);
    },
    options,
  );

  let floor = 0;
  bench(
    `in process: checkDocument(JSON.parse(line)), no I/O [${FLOOR} documents]`,
    () => {
      for (const text of floors[floor++ % RUNS] ?? []) {
        if (!checkDocument(CONTRACTS, JSON.parse(text)).valid) throw new Error('invalid document');
      }
    },
    options,
  );
});
