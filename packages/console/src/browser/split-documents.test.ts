import { describe, expect, it } from 'vitest';
import { splitDocuments } from './split-documents.js';

describe('pasted or uploaded text becomes documents', () => {
  it('reads one JSON document, and an array as a list of documents', () => {
    expect(splitDocuments(' {"a": 1} ', 'pasted')).toEqual([{ source: 'pasted', value: { a: 1 } }]);
    expect(splitDocuments('[{"a": 1}, 2]', 'f.json')).toEqual([
      { source: 'f.json[0]', value: { a: 1 } },
      { source: 'f.json[1]', value: 2 },
    ]);
  });

  it('reads NDJSON line by line, skipping blank lines and naming bad lines', () => {
    expect(splitDocuments('{"a": 1}\n\n{oops\r\n{"b": 2}\n', 'fleet.ndjson')).toEqual([
      { source: 'fleet.ndjson:1', value: { a: 1 } },
      { source: 'fleet.ndjson:3', error: 'the line is not valid JSON' },
      { source: 'fleet.ndjson:4', value: { b: 2 } },
    ]);
  });

  it('finds nothing in blank text', () => {
    expect(splitDocuments(' \n ', 'pasted')).toEqual([]);
  });
});
