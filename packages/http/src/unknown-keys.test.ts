import { describe, expect, it } from 'vitest';
import { MAX_REPORTED_UNKNOWN_KEYS, unknownKeyIssues } from './unknown-keys.js';

const known = (key: string) => key === 'request' || key === 'summary';

describe('unknown fields are named, a bounded number of them', () => {
  it('reports nothing when every key is known', () => {
    expect(unknownKeyIssues(['request', 'summary'], known)).toEqual([]);
  });

  it('names each unknown key as a JSON path, with what the body takes', () => {
    expect(unknownKeyIssues(['request', 'extra', 'a b'], known, 'the body takes x')).toEqual([
      {
        path: 'extra',
        message: 'extra is not a known field: the body takes x',
        rule: 'unknown_key',
      },
      {
        path: '["a b"]',
        message: '["a b"] is not a known field: the body takes x',
        rule: 'unknown_key',
      },
    ]);
  });

  it(`names at most ${MAX_REPORTED_UNKNOWN_KEYS} and counts the rest`, () => {
    const keys = Array.from({ length: 5000 }, (_, index) => `k${index}`);
    const issues = unknownKeyIssues(keys, known);
    expect(issues).toHaveLength(MAX_REPORTED_UNKNOWN_KEYS + 1);
    expect(issues.at(-1)).toEqual({
      path: '',
      message: `${5000 - MAX_REPORTED_UNKNOWN_KEYS} more unknown fields`,
      rule: 'unknown_key',
    });
  });
});
