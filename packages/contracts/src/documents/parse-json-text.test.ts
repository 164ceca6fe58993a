import { ContractError, type ContractIssue } from '@cavra/contracts-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, parseJsonText } from './parse-json-text.js';

/** The one issue of the ContractError that parsing `text` throws. */
function rejection(text: string): ContractIssue {
  try {
    parseJsonText(text);
  } catch (caught) {
    expect(ContractError.isInstance(caught)).toBe(true);
    const { issues } = caught as ContractError;
    expect(issues).toHaveLength(1);
    return issues[0] as ContractIssue;
  }
  throw new Error(`accepted: ${text.slice(0, 80)}`);
}

/** What JSON.parse makes of a text: the value, or `'throws'`. */
function viaJsonParse(text: string): { value: unknown } | 'throws' {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return 'throws';
  }
}

const deepJson = fc.jsonValue({ maxDepth: 6 });

describe('parseJsonText gives what JSON.parse gives on valid JSON', () => {
  it('parses random JSON values, compact and indented, to the same value', () => {
    fc.assert(
      fc.property(deepJson, fc.constantFrom(0, 2, '\t'), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        expect(parseJsonText(text)).toStrictEqual(JSON.parse(text));
      }),
      { numRuns: 500 },
    );
  });

  it('decodes every escape, astral characters and lone surrogates as JSON.parse does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        // Every UTF-16 unit written as a \u escape, surrogate halves included.
        const units = Array.from({ length: value.length }, (_, index) =>
          value.charCodeAt(index).toString(16).padStart(4, '0'),
        );
        expect(parseJsonText(JSON.stringify(value))).toBe(value);
        expect(parseJsonText(`"${units.map((unit) => `\\u${unit}`).join('')}"`)).toBe(value);
      }),
    );
    expect(parseJsonText('"\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\uD83D\\uDE00"')).toBe(
      '"\\/\b\f\n\r\té\u{1F600}',
    );
  });

  it('keeps numbers exactly as JSON.parse reads them (-0, exponents, huge values)', () => {
    for (const text of ['-0', '0', '1.5e3', '-2E-2', '1e400', '123456789012345678901234567890']) {
      expect(Object.is(parseJsonText(text), JSON.parse(text))).toBe(true);
    }
  });

  it('makes __proto__ an own property, as JSON.parse does, and pollutes nothing', () => {
    const value = parseJsonText('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    expect(Object.hasOwn(value, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(value).toStrictEqual(JSON.parse('{"__proto__": {"polluted": true}}'));
  });
});

describe('parseJsonText rejects what JSON.parse rejects, with line and column', () => {
  it('throws malformed_json exactly where JSON.parse throws, on random and mutated texts', () => {
    const mutated = fc
      .tuple(deepJson, fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', 'x', '\\', '\n', ' '))
      .map(([value, at, insert]) => {
        const text = JSON.stringify(value, null, 1);
        const cut = at % (text.length + 1);
        return `${text.slice(0, cut)}${insert}${text.slice(cut + (insert === '' ? 1 : 0))}`;
      });
    fc.assert(
      fc.property(fc.oneof(mutated, fc.string(), fc.string({ unit: 'binary' })), (text) => {
        const expected = viaJsonParse(text);
        if (expected === 'throws') {
          const issue = rejection(text);
          // A mutation may repeat a key of valid-looking text; any other failure is malformed.
          expect(['malformed_json', 'duplicate_key']).toContain(issue.rule);
          if (issue.rule === 'malformed_json') {
            expect(issue.message).toMatch(/^not valid JSON at line \d+, column \d+: /);
          }
        } else {
          let ours: unknown;
          try {
            ours = parseJsonText(text);
          } catch (caught) {
            // Only a repeated key (last wins in JSON.parse) may be refused on valid text.
            expect((caught as ContractError).issues[0]?.rule).toBe('duplicate_key');
            return;
          }
          expect(ours).toStrictEqual(expected.value);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('names the line and column of the first character that does not fit', () => {
    expect(rejection('{\n  "a": 1,\n  "b": tru\n}').message).toBe(
      'not valid JSON at line 3, column 8: expected a value',
    );
    expect(rejection('[1, 2').message).toBe(
      "not valid JSON at line 1, column 6: the text ends too early, expected ',' or ']'",
    );
    expect(rejection('{"a": 1} x').message).toBe(
      'not valid JSON at line 1, column 10: expected the end of the text',
    );
    expect(rejection('"a\tb"').message).toBe(
      'not valid JSON at line 1, column 3: expected no control character inside a string (escape it)',
    );
    expect(rejection('').rule).toBe('malformed_json');
    expect(rejection('\uFEFF{}').rule).toBe('malformed_json');
    expect(rejection('{"a":1,}').rule).toBe('malformed_json');
    expect(rejection('// comment\n{}').rule).toBe('malformed_json');
  });

  it('never quotes the text, so a secret in malformed JSON is not echoed', () => {
    const token = `${'ghp'}_${'x'.repeat(36)}`;
    for (const text of [`{"key": ${token}}`, `["${token}`, `{"${token}": 1, "${token}": 2}`]) {
      const error = (() => {
        try {
          parseJsonText(text);
        } catch (caught) {
          return caught as ContractError;
        }
        throw new Error('accepted');
      })();
      expect(error.message).not.toContain(token);
      expect(JSON.stringify(error.issues)).not.toContain(token);
    }
  });
});

describe('parseJsonText rejects a key that appears twice, with its path', () => {
  it('reports the path of the repeated key, at any depth', () => {
    expect(rejection('{"tenant_id": "a", "tenant_id": "b"}')).toEqual({
      path: 'tenant_id',
      message:
        'key tenant_id appears twice (line 1, column 20): a key may appear only once in an object',
      rule: 'duplicate_key',
    });
    expect(
      rejection('{"payload": {"summary": {"blockers": [], "x": [{"a": 1, "a": 1}]}}}').path,
    ).toBe('payload.summary.x[0].a');
    expect(rejection('{"__proto__": 1, "__proto__": 2}').path).toBe('__proto__');
    // Keys that differ only by escaping are the same key.
    expect(rejection('{"ab": 1, "a\\u0062": 2}').path).toBe('ab');
  });

  it('redacts a repeated key that is itself a credential', () => {
    const token = `${'ghp'}_${'y'.repeat(36)}`;
    const issue = rejection(`{"outer": {"${token}": 1, "${token}": 2}}`);
    expect(issue.path).toBe('outer["<redacted key>"]');
    expect(issue.message).not.toContain(token);
  });

  it('finds a random repeated key in a random object', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1 }),
        fc.nat(),
        (object, pick) => {
          const keys = Object.keys(object);
          const key = keys[pick % keys.length] as string;
          const text = `${JSON.stringify(object).slice(0, -1)},${JSON.stringify(key)}:0}`;
          expect(rejection(text).rule).toBe('duplicate_key');
        },
      ),
    );
  });
});

describe(`parseJsonText rejects nesting deeper than ${MAX_JSON_DEPTH} levels before parsing below it`, () => {
  it(`accepts ${MAX_JSON_DEPTH} levels and rejects ${MAX_JSON_DEPTH + 1}`, () => {
    const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
    expect(parseJsonText(nested(MAX_JSON_DEPTH))).toStrictEqual(JSON.parse(nested(MAX_JSON_DEPTH)));
    const issue = rejection(nested(MAX_JSON_DEPTH + 1));
    expect(issue.rule).toBe('too_deep');
    expect(issue.path).toBe('[0]'.repeat(MAX_JSON_DEPTH));
    expect(issue.message).toBe(
      `arrays and objects nest deeper than ${MAX_JSON_DEPTH} levels at ${'[0]'.repeat(MAX_JSON_DEPTH)} (line 1, column ${MAX_JSON_DEPTH + 1})`,
    );
  });

  it('rejects a 1 MiB body of 524,287 open arrays as too deep, not as malformed', () => {
    const text = '['.repeat(524_287);
    expect(text.length).toBeLessThan(1024 * 1024);
    expect(rejection(text).rule).toBe('too_deep');
    expect(rejection(`${'{"a":'.repeat(200_000)}1${'}'.repeat(200_000)}`).path).toBe(
      Array.from({ length: MAX_JSON_DEPTH }, () => 'a').join('.'),
    );
  });
});
