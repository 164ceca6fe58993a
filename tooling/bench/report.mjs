#!/usr/bin/env node
// @ts-check
/**
 * Prints the benchmark figures of one `vitest bench --outputJson <file>` run as a table of
 * ratios and throughputs, each next to its target.
 *
 * Conventions in the bench files:
 * - a group named `... [target <= 2.5x]` compares each benchmark with the one whose name
 *   starts with `baseline:` (mean time over mean time);
 * - a group named `... [target >= 200 MB/s]` turns the mean time of each benchmark named
 *   `... [N bytes]` into a throughput (MB = 10^6 bytes);
 * - a group named `... [target >= 20000 documents/s]` turns the mean time of each benchmark
 *   named `... [N documents]` into documents per second;
 * - any other group (`[report]`) lists mean times, and throughputs where bytes are given.
 *
 * Targets are reported, never enforced: the exit code is 0 unless the file is unreadable.
 *
 * Usage: node tooling/bench/report.mjs <results.json>
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

const file = process.argv[2];
if (!file) {
  console.error('usage: node tooling/bench/report.mjs <vitest-bench-output.json>');
  process.exit(2);
}

/** @typedef {{ name: string, mean: number, rme: number, sampleCount?: number }} Benchmark */
/** @typedef {{ fullName: string, benchmarks: Benchmark[] }} Group */
/** @type {{ files: { filepath: string, groups: Group[] }[] }} */
const report = JSON.parse(readFileSync(file, 'utf8'));

/** @param {number} ms */
function duration(ms) {
  if (ms >= 1) return `${ms.toFixed(2)} ms`;
  if (ms >= 0.001) return `${(ms * 1000).toFixed(2)} µs`;
  return `${(ms * 1e6).toFixed(0)} ns`;
}

/** @param {string} name */
function bytesOf(name) {
  const match = /\[(\d+) bytes\]/.exec(name);
  return match ? Number(match[1]) : undefined;
}

/** @param {string} name */
function documentsOf(name) {
  const match = /\[(\d+) documents\]/.exec(name);
  return match ? Number(match[1]) : undefined;
}

/** @param {number} bytes @param {number} ms */
function throughput(bytes, ms) {
  return bytes / 1e6 / (ms / 1000);
}

/** @type {string[][]} */
const rows = [
  ['benchmark', 'mean', '± rme', 'compared with / throughput', 'figure', 'target', 'verdict'],
];

for (const { filepath, groups } of report.files) {
  for (const group of groups) {
    const title = group.fullName.split(' > ').slice(1).join(' > ') || group.fullName;
    rows.push([`${relative(process.cwd(), filepath)} > ${title}`, '', '', '', '', '', '']);
    const ratioTarget = /\[target <= ([\d.]+)x\]/.exec(title);
    const rateTarget = /\[target >= ([\d.]+) MB\/s\]/.exec(title);
    const documentTarget = /\[target >= ([\d.]+) documents\/s\]/.exec(title);
    const baseline = group.benchmarks.find((bench) => bench.name.startsWith('baseline:'));
    for (const bench of group.benchmarks) {
      const row = [`  ${bench.name}`, duration(bench.mean), `${bench.rme.toFixed(1)}%`];
      const bytes = bytesOf(bench.name);
      const documents = documentsOf(bench.name);
      if (documentTarget && documents !== undefined) {
        const rate = documents / (bench.mean / 1000);
        const target = Number(documentTarget[1]);
        row.push(
          `${documents} documents per run`,
          `${rate.toFixed(0)} documents/s`,
          `>= ${target} documents/s`,
        );
        row.push(rate >= target ? 'met' : 'below');
      } else if (bench === baseline) {
        row.push('(baseline)', '', '', '');
      } else if (ratioTarget && baseline) {
        const ratio = bench.mean / baseline.mean;
        const target = Number(ratioTarget[1]);
        row.push(`${duration(baseline.mean)} baseline`, `${ratio.toFixed(2)}x`, `<= ${target}x`);
        row.push(ratio <= target ? 'met' : 'MISSED');
      } else if (rateTarget && bytes !== undefined) {
        const rate = throughput(bytes, bench.mean);
        const target = Number(rateTarget[1]);
        row.push(
          `${(bytes / 1e6).toFixed(2)} MB per run`,
          `${rate.toFixed(0)} MB/s`,
          `>= ${target} MB/s`,
        );
        row.push(rate >= target ? 'met' : 'MISSED');
      } else if (bytes !== undefined) {
        row.push(
          `${(bytes / 1024 / 1024).toFixed(2)} MiB per run`,
          `${throughput(bytes, bench.mean).toFixed(0)} MB/s`,
          '',
          '',
        );
      } else {
        row.push('', '', '', '');
      }
      rows.push(row);
    }
  }
}

const widths = rows[0].map((_, column) =>
  Math.max(...rows.map((row) => (row[column] ?? '').length)),
);
const line = (/** @type {string[]} */ row) =>
  row
    .map((cell, column) =>
      column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]),
    )
    .join('  ');
console.log('');
console.log(line(rows[0]));
console.log(widths.map((width) => '-'.repeat(width)).join('  '));
for (const row of rows.slice(1)) console.log(line(row));
console.log('');
