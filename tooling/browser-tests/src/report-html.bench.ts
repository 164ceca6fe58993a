import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { demoFleet, toNdjson } from './demo-fleet.js';
import { runReport } from './run-report.js';

// `report` of 10,000 NDJSON documents, the whole process as a user runs it (start-up,
// reading, validating every document, rendering, writing). Each run reads a fleet it has
// never seen: new tenants, statuses, blockers and correlation ids.
const DOCUMENTS = 10_000;
const RUNS = 3;
const folder = mkdtempSync(join(tmpdir(), 'cavra-report-bench-'));
let seed = 1;

function freshFleet(): string {
  const file = join(folder, `fleet-${seed}.ndjson`);
  writeFileSync(
    file,
    toNdjson(
      demoFleet({ tenantsPerOperation: Math.ceil(DOCUMENTS / 3), seed: seed++ }).slice(
        0,
        DOCUMENTS,
      ),
    ),
  );
  return file;
}

const inputs = { html: [] as string[], markdown: [] as string[] };
// Fleets made ahead, so that making one is not measured: enough for every run tinybench makes.
for (let run = 0; run < RUNS * 3; run++) {
  inputs.html.push(freshFleet());
  inputs.markdown.push(freshFleet());
}

function report(format: 'html' | 'markdown'): void {
  const input = inputs[format].pop() ?? freshFleet();
  const result = runReport([input, '--format', format, '-o', `${input}.${format}`]);
  if (result.status !== 0) throw new Error(`report exited ${result.status}: ${result.stderr}`);
}

describe(`report of ${DOCUMENTS.toLocaleString('en')} NDJSON documents`, () => {
  bench('--format html (one page, fleet view and drill-downs)', () => report('html'), {
    iterations: RUNS,
    warmupIterations: 1,
    warmupTime: 0,
    time: 0,
  });
  bench('--format markdown (the text a user would otherwise pick)', () => report('markdown'), {
    iterations: RUNS,
    warmupIterations: 1,
    warmupTime: 0,
    time: 0,
  });
});
