import { ContractError, type ContractResult } from '@cavra/contracts-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContractUnderTest } from './contract-under-test.js';
import { buildRequest, buildResponse, type JsonRecord, withValue } from './documents.js';

/** Nesting depth of the deep documents: far beyond any recursion limit. */
const DEPTH = 100_000;

function nestedArrays(depth: number): unknown[] {
  const root: unknown[] = [];
  let at = root;
  for (let level = 0; level < depth; level++) {
    const next: unknown[] = [];
    at.push(next);
    at = next;
  }
  return root;
}

function nestedObjects(depth: number): JsonRecord {
  const root: JsonRecord = {};
  let at = root;
  for (let level = 0; level < depth; level++) {
    const next: JsonRecord = {};
    at['child'] = next;
    at = next;
  }
  return root;
}

function binaryGarbage(length: number): string {
  let text = '';
  for (let index = 0; index < length; index++) text += String.fromCharCode((index * 7919) % 256);
  return text;
}

/**
 * Hostile inputs: non-JSON values, cycles, deep nesting, throwing getters and proxies, huge
 * values and prototype keys, each placed at the root and inside a valid document.
 *
 * @param document A valid document to tamper with.
 * @returns Named inputs.
 */
export function hostileInputs(document: JsonRecord): Record<string, unknown> {
  const cyclic: JsonRecord = { ...document };
  cyclic['self'] = cyclic;
  const cyclicPayload = withValue(document, ['payload'], {});
  (cyclicPayload['payload'] as JsonRecord)['loop'] = cyclicPayload['payload'];
  const throwingGetter = { ...document };
  Object.defineProperty(throwingGetter, 'payload', {
    enumerable: true,
    get() {
      throw new Error('getter failure');
    },
  });
  const throwingProxy = new Proxy(
    {},
    {
      ownKeys() {
        throw new Error('ownKeys failure');
      },
      get() {
        throw new Error('get failure');
      },
      getPrototypeOf() {
        throw new Error('prototype failure');
      },
    },
  );
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  const nullPrototype = Object.assign(Object.create(null) as JsonRecord, document, { extra: 1 });
  // A parser reads tenant_id by name; the guard must see it although `for...in` does not.
  const hiddenToken = { ...document };
  Object.defineProperty(hiddenToken, 'tenant_id', {
    value: ['ghp', 'aB3dE5gH7'.repeat(4)].join('_'),
    enumerable: false,
  });

  return {
    undefined: undefined,
    null: null,
    number: 42,
    'not a number': Number.NaN,
    infinity: Number.POSITIVE_INFINITY,
    bigint: 10n,
    symbol: Symbol('x'),
    function: () => document,
    'empty string': '',
    'JSON text instead of an object': JSON.stringify(document),
    'binary garbage': binaryGarbage(4096),
    'huge string': 'x'.repeat(2_000_000),
    'a huge tenant_id': { ...document, tenant_id: 'x'.repeat(2_000_000) },
    date: new Date(0),
    map: new Map(Object.entries(document)),
    set: new Set([document]),
    'typed array': new Uint8Array(16),
    promise: Promise.resolve(document),
    error: new Error('x'),
    'empty array': [],
    'empty object': {},
    'cyclic document': cyclic,
    'cyclic payload': cyclicPayload,
    'deeply nested arrays': nestedArrays(DEPTH),
    'deeply nested objects': nestedObjects(DEPTH),
    'deep arrays in an unknown key': { ...document, extra: nestedArrays(DEPTH) },
    'deep objects as the payload': { ...document, payload: nestedObjects(DEPTH) },
    'deep arrays as required_checks': withValue(
      document,
      ['payload', 'required_checks'],
      nestedArrays(DEPTH),
    ),
    'a huge list': withValue(document, ['payload', 'required_checks'], new Array(20_000).fill('x')),
    'a throwing getter': throwingGetter,
    'a throwing proxy': throwingProxy,
    'a revoked proxy': revocable.proxy,
    'a __proto__ key': JSON.parse(
      `{"__proto__":{"polluted":true},${JSON.stringify(document).slice(1)}`,
    ),
    'constructor and prototype keys': { ...document, constructor: { prototype: {} } },
    'a null-prototype object with an unknown key': nullPrototype,
    'a token in a non-enumerable tenant_id': hiddenToken,
  };
}

function expectContained(result: ContractResult<unknown>): void {
  expect(result.success).toBe(false);
  if (result.success) return;
  expect(ContractError.isInstance(result.error)).toBe(true);
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect(typeof issue.path).toBe('string');
    expect(issue.message.length).toBeGreaterThan(0);
  }
}

/**
 * Registers the rule that safe parsers never throw and parsers throw only `ContractError`,
 * whatever the input, with fixed hostile inputs and fast-check generated ones.
 *
 * @param contract The contract under test.
 */
export function describeSafeParsing(contract: ContractUnderTest): void {
  const { api } = contract;
  const request = buildRequest(contract);
  const response = buildResponse(contract);
  const parsers = [
    {
      name: 'request',
      document: request,
      safeParse: api.safeParseRequest,
      parse: api.parseRequest,
    },
    {
      name: 'response',
      document: response,
      safeParse: api.safeParseResponse,
      parse: api.parseResponse,
    },
  ];

  for (const parser of parsers) {
    describe(`safe ${parser.name} parsing never throws`, () => {
      for (const [name, input] of Object.entries(hostileInputs(parser.document))) {
        it(`contains ${name}`, () => {
          expectContained(parser.safeParse(input));
          let thrown: unknown;
          try {
            parser.parse(input);
          } catch (caught) {
            thrown = caught;
          }
          expect(ContractError.isInstance(thrown)).toBe(true);
        });
      }

      it('accepts the valid document it was given', () => {
        expect(parser.safeParse(parser.document)).toEqual({
          success: true,
          output: parser.document,
        });
      });

      it('contains any generated value', () => {
        fc.assert(
          fc.property(
            fc.anything({
              withBigInt: true,
              withDate: true,
              withMap: true,
              withSet: true,
              withTypedArray: true,
              withSparseArray: true,
              withNullPrototype: true,
              withBoxedValues: true,
            }),
            (input) => {
              const result = parser.safeParse(input);
              expect(result.success).toBe(false);
            },
          ),
        );
      });

      it('contains any generated value placed anywhere in a valid document', () => {
        const paths = pathsOf(parser.document).filter((path) => path.length > 0);
        fc.assert(
          fc.property(
            fc.constantFrom(...paths),
            fc.anything({ withBigInt: true, withMap: true }),
            (path, value) => {
              const result = parser.safeParse(withValue(parser.document, path, value));
              if (!result.success) expectContained(result);
            },
          ),
        );
      });
    });
  }
}

function pathsOf(document: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof document !== 'object' || document === null) return [prefix];
  const entries = Array.isArray(document)
    ? document.map((item, index) => [index, item] as const)
    : Object.entries(document);
  return [prefix, ...entries.flatMap(([key, value]) => pathsOf(value, [...prefix, key]))];
}
