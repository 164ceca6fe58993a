import { describe, expect, it } from 'vitest';
import { formatJsonPath, joinJsonPath, readJsonPath } from './json-path.js';

describe('issue paths are JSON paths', () => {
  it('formats keys with dots and indices with brackets: payload.summary.blockers[2]', () => {
    expect(formatJsonPath(['payload', 'summary', 'blockers', 2])).toBe(
      'payload.summary.blockers[2]',
    );
  });

  it('formats the root as the empty string', () => {
    expect(formatJsonPath([])).toBe('');
  });

  it('starts a path with a bare key or a bare index', () => {
    expect(formatJsonPath(['tenant_id'])).toBe('tenant_id');
    expect(formatJsonPath([0])).toBe('[0]');
    expect(formatJsonPath([0, 'check'])).toBe('[0].check');
  });

  it('quotes keys that are not plain identifiers', () => {
    expect(formatJsonPath(['payload', 'odd key'])).toBe('payload["odd key"]');
    expect(formatJsonPath(['payload', 'x-api'])).toBe('payload["x-api"]');
    expect(formatJsonPath(['payload', '2nd'])).toBe('payload["2nd"]');
    expect(formatJsonPath(['payload', ''])).toBe('payload[""]');
    expect(formatJsonPath(['odd key', 'inner'])).toBe('["odd key"].inner');
  });

  it('escapes quotes and backslashes inside quoted keys', () => {
    expect(formatJsonPath(['a"b'])).toBe('["a\\"b"]');
    expect(formatJsonPath(['a\\b'])).toBe('["a\\\\b"]');
  });

  it('keeps identifier-like keys with $ and _ bare', () => {
    expect(formatJsonPath(['$ref', '_meta', 'a1'])).toBe('$ref._meta.a1');
  });

  it('joins one segment onto an existing path the same way', () => {
    expect(joinJsonPath('', 'payload')).toBe('payload');
    expect(joinJsonPath('payload', 'summary')).toBe('payload.summary');
    expect(joinJsonPath('payload.summary.blockers', 2)).toBe('payload.summary.blockers[2]');
    expect(joinJsonPath('payload', 'odd key')).toBe('payload["odd key"]');
    expect(joinJsonPath('', 3)).toBe('[3]');
  });

  it('gives the same path whether joined step by step or formatted at once', () => {
    const segments = ['payload', 'summary', 'odd key', 4, 'x'] as const;
    const joined = segments.reduce<string>((path, segment) => joinJsonPath(path, segment), '');
    expect(joined).toBe(formatJsonPath(segments));
  });
});

describe('readJsonPath reads a written path back, never throwing', () => {
  it('gives each key, index and quoted key with the offset where it ends', () => {
    expect(readJsonPath('payload.blockers[2]["odd key"]')).toEqual([
      { segment: 'payload', end: 7 },
      { segment: 'blockers', end: 16 },
      { segment: 2, end: 19 },
      { segment: 'odd key', end: 30 },
    ]);
  });

  it('reads back what formatJsonPath writes', () => {
    const segments = ['a', 0, 'b c', 'say "hi"\\', 12, '$x'];
    const read = readJsonPath(formatJsonPath(segments)).map(({ segment }) => segment);
    expect(read).toEqual(segments);
  });

  it('stops at text that is not a segment, or a quoted key that is not a JSON string', () => {
    expect(readJsonPath('a.b-c').map(({ segment }) => segment)).toEqual(['a', 'b']);
    expect(readJsonPath('a["\\q"].b').map(({ segment }) => segment)).toEqual(['a']);
    expect(readJsonPath('')).toEqual([]);
  });
});
