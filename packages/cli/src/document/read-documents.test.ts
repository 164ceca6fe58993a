import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempFiles, tokenShapedValue } from '../testing/run-bin.js';
import { readDocuments, type SourcedDocument } from './read-documents.js';
import { MAX_INPUT_BYTES } from './read-input.js';

const files = tempFiles();
afterAll(() => files.remove());

async function collect(
  inputs: readonly string[],
  options?: { ndjson?: boolean },
): Promise<SourcedDocument[]> {
  const documents: SourcedDocument[] = [];
  for await (const document of readDocuments(inputs, options)) documents.push(document);
  return documents;
}

describe('readDocuments reads JSON files one document each', () => {
  it('reads each file as given, in order', async () => {
    const a = files.write('a.json', '{"a": 1}');
    const b = files.write('b.json', '[2]');
    expect(await collect([a, b])).toEqual([
      { source: a, value: { a: 1 } },
      { source: b, value: [2] },
    ]);
  });

  it('yields an error document for a missing file and for malformed JSON, then goes on', async () => {
    const missing = join(files.dir, 'missing.json');
    const bad = files.write('bad.json', '{"a": }');
    const good = files.write('good.json', '{}');
    const documents = await collect([missing, bad, good]);
    expect(documents.map((document) => document.error?.rule ?? 'value')).toEqual([
      'unreadable',
      'malformed_json',
      'value',
    ]);
    expect(documents[0]?.error?.message).toMatch(/no such file$/);
    expect(documents[1]?.error?.message).toMatch(/is not valid JSON/);
  });

  it('names a file the guard flags <redacted>, never by its name', async () => {
    const token = tokenShapedValue();
    const [document] = await collect([join(files.dir, `${token}.json`)]);
    expect(document?.source).toBe('<redacted>');
    expect(JSON.stringify(document)).not.toContain(token);
  });
});

describe('readDocuments streams NDJSON one document per line', () => {
  it('reads .ndjson and .jsonl by their names, with 1-based line numbers, skipping blank lines', async () => {
    const path = files.write('batch.ndjson', '{"n": 1}\r\n\n  \n{"n": 2}\n{"n": 3}');
    const jsonl = files.write('batch.jsonl', '{"n": 4}\n');
    expect(await collect([path, jsonl])).toEqual([
      { source: path, line: 1, value: { n: 1 } },
      { source: path, line: 4, value: { n: 2 } },
      { source: path, line: 5, value: { n: 3 } },
      { source: jsonl, line: 1, value: { n: 4 } },
    ]);
  });

  it('reads any file as NDJSON with the ndjson option', async () => {
    const path = files.write('lines.json', '{"n": 1}\n{"n": 2}\n');
    expect((await collect([path], { ndjson: true })).map((document) => document.line)).toEqual([
      1, 2,
    ]);
  });

  it('reports a malformed line by its number and reads the lines after it', async () => {
    const path = files.write('mixed.ndjson', '{"n": 1}\n{"n": \n{"n": 3}\n');
    const documents = await collect([path]);
    expect(documents.map((document) => [document.line, document.error?.rule])).toEqual([
      [1, undefined],
      [2, 'malformed_json'],
      [3, undefined],
    ]);
    expect(documents[1]?.error?.message).toContain('line 2 is not valid JSON');
  });

  it('joins lines split across read chunks', async () => {
    const line = JSON.stringify({ pad: 'x'.repeat(50_000) });
    const path = files.write('chunks.ndjson', `${line}\n${line}\n${line}\n`);
    const documents = await collect([path]);
    expect(documents).toHaveLength(3);
    for (const document of documents) expect(document.value).toEqual(JSON.parse(line));
  });

  it('refuses a line over 1 MiB without keeping it, and reads the next line', async () => {
    const big = `{"pad": "${'a'.repeat(MAX_INPUT_BYTES)}"}`;
    const path = files.write('big.ndjson', `${big}\n{"n": 2}\n`);
    const documents = await collect([path]);
    expect(documents.map((document) => [document.line, document.error?.rule])).toEqual([
      [1, 'too_large'],
      [2, undefined],
    ]);
  });
});

describe('readDocuments searches folders', () => {
  it('reads .json, .ndjson and .jsonl files depth first in name order, skipping dot names', async () => {
    const folder = join(files.dir, 'tenants');
    mkdirSync(join(folder, 'b-sub'), { recursive: true });
    mkdirSync(join(folder, '.hidden'), { recursive: true });
    files.write('tenants/c.json', '{"n": 3}');
    files.write('tenants/a.ndjson', '{"n": 1}\n');
    files.write('tenants/b-sub/x.jsonl', '{"n": 2}\n');
    files.write('tenants/notes.txt', 'not a document');
    files.write('tenants/.hidden/h.json', '{"n": 0}');
    const documents = await collect([folder]);
    expect(documents.map((document) => document.value)).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect(documents.map((document) => document.source)).toEqual([
      join(folder, 'a.ndjson'),
      join(folder, 'b-sub', 'x.jsonl'),
      join(folder, 'c.json'),
    ]);
  });

  it('reports a folder holding no document file', async () => {
    const folder = join(files.dir, 'empty');
    mkdirSync(folder);
    const [document] = await collect([folder]);
    expect(document?.error).toMatchObject({ rule: 'unreadable' });
    expect(document?.error?.message).toContain('holds no .json, .ndjson, .jsonl file');
  });
});
