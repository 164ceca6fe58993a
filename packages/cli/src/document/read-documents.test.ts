import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempFiles } from '../testing/run-bin.js';
import { readDocuments, type SourcedDocument } from './read-documents.js';

const files = tempFiles();
afterAll(() => files.remove());

async function collect(inputs: string[], ndjson = false): Promise<SourcedDocument[]> {
  const documents: SourcedDocument[] = [];
  for await (const document of readDocuments(inputs, { ndjson })) documents.push(document);
  return documents;
}

describe('readDocuments reads files, folders and NDJSON, one entry per document', () => {
  it('reads a JSON file as one document and an .ndjson file line by line', async () => {
    const single = files.write('one.json', '{"a": 1}');
    const lines = files.write('many.ndjson', '{"b": 1}\n\n{"b": 2}\n');
    const documents = await collect([single, lines]);
    expect(documents.map((document) => [document.line, document.value])).toEqual([
      [undefined, { a: 1 }],
      [1, { b: 1 }],
      [3, { b: 2 }],
    ]);
  });

  it('reads any file as NDJSON with the ndjson option', async () => {
    const lines = files.write('lines.txt', '{"c": 1}\n{"c": 2}\n');
    expect((await collect([lines], true)).map((document) => document.value)).toEqual([
      { c: 1 },
      { c: 2 },
    ]);
  });

  it('reads the documents of a folder, subfolders included, sorted by name', async () => {
    const folder = join(files.dir, 'fleet');
    mkdirSync(join(folder, 'nested'), { recursive: true });
    files.write('fleet/b.json', '{"n": "b"}');
    files.write('fleet/a.jsonl', '{"n": "a"}\n');
    files.write('fleet/nested/c.json', '{"n": "c"}');
    files.write('fleet/notes.txt', 'not a document');
    expect((await collect([folder])).map((document) => document.value)).toEqual([
      { n: 'a' },
      { n: 'b' },
      { n: 'c' },
    ]);
  });

  it('turns what cannot be read into an entry with an issue, never quoting the input', async () => {
    const broken = files.write('broken.ndjson', '{"d": 1}\n{"token": "abc\n');
    const documents = await collect([join(files.dir, 'missing.json'), broken]);
    expect(documents.map((document) => [document.line, document.error?.message])).toEqual([
      [undefined, 'no such file or folder'],
      [1, undefined],
      [2, 'the line is not valid JSON'],
    ]);
    expect(documents[2]?.error?.rule).toBe('read');
  });
});
