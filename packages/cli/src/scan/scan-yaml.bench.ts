import { bench, describe } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { MAX_INPUT_BYTES } from '../document/read-input.js';
import { scanDocument } from './scan-document.js';
import { MAX_FINDINGS_PER_FILE } from './scan-paths.js';
import { scanText } from './scan-text.js';

// Milliseconds per MiB of `cavra-contracts scan` on YAML files at the size limit (1 MiB), in
// process (no file I/O): ordinary configuration and hostile shapes, next to what the YAML
// parser alone costs on the same text (parse and convert to a value, as `yaml.parse` does;
// no finding can come cheaper from a parsed document). 200 ms/MiB is 5.2 MB/s, 1 s/MiB
// 1.05 MB/s. Every run reads text never seen before (new names and values). Figures are
// printed by `pnpm bench`, never asserted.

/** Runs of each benchmark: one warm-up and three measured. */
const RUNS = 4;
const options = { iterations: RUNS - 1, warmupIterations: 1, time: 0, warmupTime: 0 };

let serial = 0;

/** Repeats `part(n)` with fresh numbers until the text is just under `MAX_INPUT_BYTES`. */
function fill(part: (n: number) => string): string {
  const stamp = Date.now().toString(36);
  const parts: string[] = [];
  let length = 0;
  while (length < MAX_INPUT_BYTES - 4096) {
    serial++;
    const next = part(serial).replaceAll('@', `${stamp}-${serial}`);
    parts.push(next);
    length += next.length;
  }
  return parts.join('');
}

/** The shapes measured: a name and a maker of a fresh 1 MiB text of that shape. */
const ORDINARY: Record<string, (n: number) => string> = {
  'service configuration': (n) =>
    `service_${n}:\n  name: svc-@\n  replicas: ${n % 7}\n  image: "registry.local/app:@"\n` +
    `  env:\n    - name: LOG_LEVEL\n      value: info\n    - name: REGION\n      value: eu-@\n` +
    `  ports: [80, 443]\n  labels: {tier: web, team: t@}\n`,
  'long block sequence': () => '- item @ with some words\n',
};

const HOSTILE: Record<string, (n: number) => string> = {
  'compact flow nesting (depth 30)': () => `- ${'{a: ['.repeat(30)}@${']}'.repeat(30)}\n`,
  'compact block nesting (depth 8)': () => '- - - - - - - - x@\n',
  'many small documents': (n) => `---\nk${n}: v@\n`,
  'anchors and aliases': (n) => `a${n}: &x${n} {p: v@, q: [1, 2]}\nb${n}: *x${n}\n`,
};

function texts(part: (n: number) => string): { next: () => string; bytes: number } {
  const made = Array.from({ length: RUNS }, () => fill(part));
  let run = 0;
  return {
    next: () => made[run++ % RUNS] as string,
    bytes: Math.min(...made.map((text) => Buffer.byteLength(text))),
  };
}

/** Scans a YAML text as `scan` does: as documents, or as text when that is refused. */
function scan(text: string): void {
  const found =
    scanDocument(text, 'yaml', MAX_FINDINGS_PER_FILE) ?? scanText(text, MAX_FINDINGS_PER_FILE);
  if (found.length !== 0) {
    throw new Error('the generated YAML holds no finding');
  }
}

function parseOnly(text: string): void {
  for (const doc of parseAllDocuments(text, { uniqueKeys: false, logLevel: 'error' })) doc.toJS();
}

function group(title: string, shapes: Record<string, (n: number) => string>): void {
  describe(title, () => {
    for (const [name, part] of Object.entries(shapes)) {
      const input = texts(part);
      bench(`scan: ${name} [${input.bytes} bytes]`, () => scan(input.next()), options);
      const floor = texts(part);
      bench(
        `yaml parser alone: ${name} [${floor.bytes} bytes]`,
        () => parseOnly(floor.next()),
        options,
      );
    }
  });
}

group('scan: ordinary YAML, fresh 1 MiB files [target >= 5.2 MB/s]', ORDINARY);
group('scan: hostile YAML shapes, fresh 1 MiB files [target >= 1.05 MB/s]', HOSTILE);
