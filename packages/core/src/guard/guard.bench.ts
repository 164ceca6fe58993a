import { bench, describe } from 'vitest';
import { ADVERSARIAL_INPUTS, MIB } from '../../test/adversarial-inputs.js';
import { freshDocuments } from '../../test/operating-documents.js';
import { findSensitiveMaterial } from './find-sensitive-material.js';
import { locateSensitiveText } from './locate-sensitive-text.js';
import { matchValueRule } from './match-value-rule.js';

// Figures only: `pnpm bench` prints them with the targets (tooling/bench/report.mjs).
// Group names carry the target; `[N bytes]` in a benchmark name gives its throughput. The
// comparison with secretlint runs in its own file (guard-vs-secretlint.bench.ts), so that it
// starts in a fresh worker, as the user's own process would, not after these groups.

const half = freshDocuments(MIB / 2, 8);

describe('guard throughput, string-heavy payload [target >= 200 MB/s]', () => {
  bench(`findSensitiveMaterial [${half.bytes} bytes]`, () => {
    findSensitiveMaterial(half.next().document);
  });
  bench(`locateSensitiveText over the JSON text [${half.bytes} bytes]`, () => {
    locateSensitiveText(half.next().text);
  });
  bench(`baseline: JSON.stringify of the same payload [${half.bytes} bytes]`, () => {
    JSON.stringify(half.next().document);
  });
});

// Target: under 50 ms per MiB each (issue 10).
describe('adversarial 1 MiB strings [report]', () => {
  for (const [name, { text }] of Object.entries(ADVERSARIAL_INPUTS)) {
    bench(
      `${name} [${text.length} bytes]`,
      () => {
        matchValueRule(text);
      },
      { time: 200, iterations: 3, warmupIterations: 1 },
    );
  }
});
