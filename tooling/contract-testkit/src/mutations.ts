import {
  CORRELATION_ID_PATTERN,
  LIMITS,
  RESPONSE_STATUSES,
  SCHEMA_VERSIONS,
} from '@cavra/contracts-core';
import fc from 'fast-check';
import type { ContractFacts } from './contract-under-test.js';
import {
  defineOwn,
  isArray,
  isObject,
  ownValue,
  removeAt,
  shallowCopy,
  type TreeNode,
  treeNodes,
  updateAt,
} from './json-tree.js';
import { SENSITIVE_KEYS } from './sensitive-values.js';
import { tokenShaped } from './token-shaped.js';

/**
 * One change to a document. Where it applies is chosen when it is applied: `pick` (any
 * natural number) selects, modulo their count, one of the positions the change fits, so a
 * list of changes stays meaningful whatever the earlier ones did. Big values are described
 * by their size and built when applied, so a failing case prints short.
 */
export type Mutation =
  | { readonly kind: 'delete'; readonly pick: number }
  | {
      readonly kind: 'add-key';
      readonly pick: number;
      readonly key: string;
      readonly value: unknown;
    }
  | { readonly kind: 'token-key'; readonly pick: number; readonly token: string }
  | { readonly kind: 'replace'; readonly pick: number; readonly value: unknown }
  | {
      readonly kind: 'wrong-type';
      readonly pick: number;
      readonly rotate: number;
      readonly values: Readonly<Record<JsonType, unknown>>;
    }
  | { readonly kind: 'outside-vocabulary'; readonly pick: number; readonly text: string }
  | { readonly kind: 'vocabulary'; readonly pick: number; readonly word: string }
  | { readonly kind: 'distort'; readonly pick: number; readonly how: Distortion }
  | { readonly kind: 'empty-string'; readonly pick: number }
  | {
      readonly kind: 'over-long';
      readonly pick: number;
      readonly length: number;
      readonly fill: string;
    }
  | {
      readonly kind: 'token';
      readonly pick: number;
      readonly token: string;
      readonly around: readonly [string, string];
    }
  | { readonly kind: 'swap-container'; readonly pick: number }
  | { readonly kind: 'duplicate-item'; readonly pick: number; readonly at: number }
  | {
      readonly kind: 'nest';
      readonly pick: number;
      readonly depth: number;
      readonly shape: 'array' | 'object';
      readonly key: string;
    }
  | { readonly kind: 'set-literal'; readonly field: string; readonly value: unknown }
  | { readonly kind: 'correlation-id'; readonly value: unknown }
  | { readonly kind: 'through-json' };

/** The JSON type of a value. */
type JsonType = 'string' | 'number' | 'boolean' | 'null' | 'array' | 'object';

const JSON_TYPES: readonly JsonType[] = ['string', 'number', 'boolean', 'null', 'array', 'object'];

/** Ways to bend a string that keep it looking almost right. */
type Distortion = 'upper' | 'pad' | 'zero-width' | 'look-alike' | 'truncate' | 'control';

const jsonTypeOf = (value: unknown): JsonType | 'other' => {
  if (value === null) return 'null';
  if (isArray(value)) return 'array';
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' || type === 'object'
    ? type
    : 'other';
};

/** Keys that name prototypes and built-in members, where careless code writes globals. */
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString'];

/** Keys in odd Unicode: invisible, bidirectional, full-width and decomposed spellings. */
const ODD_KEYS = [
  '',
  ' ',
  '\u200b',
  '\u202eemarofni',
  '\ufeffstatus',
  'st\u0000atus',
  '\uff53\uff54\uff41\uff54\uff55\uff53',
  'e\u0301',
  '\u{1F600}',
  '\ud800',
  '0',
  '-1',
  'length',
];

/** Values meant to pollute a prototype if a parser ever merges them carelessly. */
const POLLUTERS: readonly Record<string, unknown>[] = [
  { polluted: true },
  { prototype: { polluted: true } },
  { toString: 'polluted' },
];

const keyArbitrary = (facts: ContractFacts) =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...PROTOTYPE_KEYS), weight: 4 },
    { arbitrary: fc.constantFrom(...ODD_KEYS), weight: 2 },
    { arbitrary: fc.constantFrom(...SENSITIVE_KEYS), weight: 1 },
    {
      arbitrary: fc.constantFrom(
        'extra',
        'payload',
        'summary',
        'status',
        facts.boundaryField,
        ...facts.summaryFields,
      ),
      weight: 2,
    },
    { arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }), weight: 1 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 8 }), weight: 1 },
    {
      arbitrary: fc.constantFrom(65, 1_000, 100_000).map((length) => 'k'.repeat(length)),
      weight: 1,
    },
  );

const addedValue = fc.oneof(
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 3 },
  { arbitrary: fc.constantFrom(...POLLUTERS), weight: 2 },
);

const outsideVocabulary = (facts: ContractFacts) =>
  fc.oneof(
    fc.constantFrom(
      facts.foreignStatus,
      facts.foreignCheck,
      facts.foreignModule,
      facts.foreignOperation,
      'READY',
      'Ready',
      'null',
      'undefined',
      'true',
      '0',
    ),
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.string({ unit: 'binary', maxLength: 12 }),
  );

const correlationIdValue = fc.oneof(
  { arbitrary: fc.constantFrom(null, 0, true, '', 'saas-', [], {}), weight: 1 },
  { arbitrary: fc.string({ maxLength: 24 }), weight: 1 },
  {
    arbitrary: fc
      .tuple(
        fc.stringMatching(CORRELATION_ID_PATTERN),
        fc.constantFrom(
          (id: string) => id,
          (id: string) => id.toUpperCase(),
          (id: string) => id.slice(0, -1),
          (id: string) => `${id}0`,
          (id: string) => ` ${id}`,
          (id: string) => id.replace('saas-', 'SAAS-'),
          (id: string) => `${id.slice(0, -1)}g`,
        ),
      )
      .map(([id, change]) => change(id)),
    weight: 3,
  },
);

/**
 * An arbitrary change to a contract document: delete a key or item, add an unknown key
 * (prototype keys, odd Unicode, very long, sensitive or token-shaped), replace a value
 * with random JSON or a value of another type, put a word of the contract's vocabularies
 * (often in the wrong place, sometimes valid) or a string outside them in a string, bend
 * a string, empty it or make it over-long, inject a token-shaped string, turn an array
 * into an object or back, duplicate an item, nest a value deeply, set the schema version,
 * operation or a fixed flag to another literal, change the correlation id, or send the
 * document through JSON text.
 *
 * @param facts The contract's facts (its and other contracts' vocabularies).
 * @returns The arbitrary.
 */
export function mutation(facts: ContractFacts): fc.Arbitrary<Mutation> {
  const pick = fc.nat();
  const literals = [
    ...SCHEMA_VERSIONS.flatMap((known) => [known.request, known.response, known.contract]),
    facts.operation,
    facts.operation.toUpperCase(),
    facts.foreignOperation,
    true,
    false,
    'true',
    ...RESPONSE_STATUSES,
  ];
  return fc.oneof(
    fc.record({ kind: fc.constant('delete' as const), pick }),
    fc.record({
      kind: fc.constant('add-key' as const),
      pick,
      key: keyArbitrary(facts),
      value: addedValue,
    }),
    fc.record({ kind: fc.constant('token-key' as const), pick, token: tokenShaped() }),
    fc.record({ kind: fc.constant('replace' as const), pick, value: fc.jsonValue() }),
    fc.record({
      kind: fc.constant('wrong-type' as const),
      pick,
      rotate: fc.nat(JSON_TYPES.length - 1),
      values: fc.record({
        string: fc.string({ maxLength: 20 }),
        number: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })),
        boolean: fc.boolean(),
        null: fc.constant(null),
        array: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
        object: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), {
          maxKeys: 3,
        }),
      }),
    }),
    fc.record({
      kind: fc.constant('outside-vocabulary' as const),
      pick,
      text: outsideVocabulary(facts),
    }),
    fc.record({
      kind: fc.constant('vocabulary' as const),
      pick,
      word: fc.constantFrom(
        ...facts.statuses,
        ...RESPONSE_STATUSES,
        ...Object.keys(facts.checkFields),
        ...facts.privateModules,
      ),
    }),
    fc.record({
      kind: fc.constant('distort' as const),
      pick,
      how: fc.constantFrom<Distortion>(
        'upper',
        'pad',
        'zero-width',
        'look-alike',
        'truncate',
        'control',
      ),
    }),
    fc.record({ kind: fc.constant('empty-string' as const), pick }),
    fc.record({
      kind: fc.constant('over-long' as const),
      pick,
      length: fc.constantFrom(
        LIMITS.identifierLength + 1,
        LIMITS.blockerLength + 1,
        LIMITS.textLength + 1,
        100_000,
      ),
      fill: fc.constantFrom('x', 'ready ', '\u00e9', '\u{1F600}', ' '),
    }),
    fc.record({
      kind: fc.constant('token' as const),
      pick,
      token: tokenShaped(),
      around: fc.constantFrom<readonly [string, string]>(
        ['', ''],
        ['Contact us with ', ''],
        ['see ', ' for access'],
        ['\n', '\n'],
      ),
    }),
    fc.record({ kind: fc.constant('swap-container' as const), pick }),
    fc.record({ kind: fc.constant('duplicate-item' as const), pick, at: fc.nat() }),
    fc.record({
      kind: fc.constant('nest' as const),
      pick,
      depth: fc.integer({ min: 1, max: 1000 }),
      shape: fc.constantFrom<'array' | 'object'>('array', 'object'),
      key: fc.constantFrom('child', '__proto__', ''),
    }),
    fc.record({
      kind: fc.constant('set-literal' as const),
      field: fc.constantFrom(
        'schema_version',
        'operation',
        'private_implementation_required',
        'status',
      ),
      value: fc.constantFrom(...literals),
    }),
    fc.record({ kind: fc.constant('correlation-id' as const), value: correlationIdValue }),
    fc.constant({ kind: 'through-json' as const }),
  );
}

/**
 * An arbitrary list of one to `maxLength` changes.
 *
 * @param facts The contract's facts.
 * @param maxLength The most changes in one list.
 * @returns The arbitrary.
 */
export function mutations(facts: ContractFacts, maxLength = 6): fc.Arbitrary<Mutation[]> {
  return fc.array(mutation(facts), { minLength: 1, maxLength });
}

/**
 * The token-shaped strings a list of changes injects (as values or as keys).
 *
 * @param changes The changes.
 * @returns The strings.
 */
export function injectedTokens(changes: readonly Mutation[]): string[] {
  return changes.flatMap((change) =>
    change.kind === 'token' || change.kind === 'token-key' ? [change.token] : [],
  );
}

const chosen = <T>(candidates: readonly T[], pick: number): T | undefined =>
  candidates.length === 0 ? undefined : candidates[pick % candidates.length];

const distort = (text: string, how: Distortion): string => {
  switch (how) {
    case 'upper':
      return text.toUpperCase();
    case 'pad':
      return `  ${text}\t`;
    case 'zero-width':
      return `${text.slice(0, 1)}\u200b${text.slice(1)}`;
    case 'look-alike':
      // Cyrillic letters that look like Latin ones.
      return text.replaceAll('a', '\u0430').replaceAll('e', '\u0435').replaceAll('o', '\u043e');
    case 'truncate':
      return text.slice(0, Math.floor(text.length / 2));
    case 'control':
      return `${text}\u0007`;
  }
};

const nested = (value: unknown, depth: number, shape: 'array' | 'object', key: string) => {
  let result = value;
  for (let level = 0; level < depth; level++) {
    if (shape === 'array') result = [result];
    else {
      const wrapper = {};
      defineOwn(wrapper, key, result);
      result = wrapper;
    }
  }
  return result;
};

const swapped = (value: unknown): unknown => {
  if (isArray(value)) return Object.fromEntries(value.map((item, index) => [String(index), item]));
  return Object.keys(value as object).map((key) => ownValue(value as object, key));
};

const atRoot = (document: unknown, key: string, value: unknown): unknown =>
  isObject(document) ? updateAt(document, [key], () => value) : document;

/**
 * Applies one change to a document. The document is never changed: the result shares
 * every container the change did not touch. A change that fits nowhere (no array to
 * duplicate an item of, say) returns the document as it is.
 *
 * @param document The document.
 * @param change The change.
 * @returns The changed document.
 */
export function applyMutation(document: unknown, change: Mutation): unknown {
  if (change.kind === 'through-json') return JSON.parse(JSON.stringify(document));
  if (change.kind === 'set-literal') return atRoot(document, change.field, change.value);
  if (change.kind === 'correlation-id') return atRoot(document, 'correlation_id', change.value);

  const nodes = treeNodes(document);
  const inside = nodes.filter((node) => node.path.length > 0);
  const at = (candidates: readonly TreeNode[], update: (value: unknown) => unknown) => {
    const node = chosen(candidates, change.pick);
    return node === undefined ? document : updateAt(document, node.path, update);
  };
  const objects = nodes.filter((node) => isObject(node.value));
  const containers = nodes.filter((node) => typeof node.value === 'object' && node.value !== null);
  const strings = nodes.filter((node) => typeof node.value === 'string');

  switch (change.kind) {
    case 'delete': {
      const node = chosen(inside, change.pick);
      return node === undefined ? document : removeAt(document, node.path);
    }
    case 'add-key':
    case 'token-key': {
      const key = change.kind === 'add-key' ? change.key : change.token;
      const value = change.kind === 'add-key' ? change.value : 'x';
      return at(objects, (object) => {
        const copy = shallowCopy(object as object);
        defineOwn(copy, key, value);
        return copy;
      });
    }
    case 'replace':
      return at(nodes, () => change.value);
    case 'wrong-type':
      return at(nodes, (value) => {
        const others = JSON_TYPES.filter((type) => type !== jsonTypeOf(value));
        return change.values[others[change.rotate % others.length] as JsonType];
      });
    case 'outside-vocabulary':
      return at(strings.length > 0 ? strings : inside, () => change.text);
    case 'vocabulary':
      return at(strings.length > 0 ? strings : inside, () => change.word);
    case 'distort':
      return at(strings, (value) => distort(value as string, change.how));
    case 'empty-string':
      return at(nodes, () => '');
    case 'over-long':
      return at(nodes, () =>
        change.fill.repeat(Math.ceil(change.length / change.fill.length)).slice(0, change.length),
      );
    case 'token':
      return at(nodes, () => `${change.around[0]}${change.token}${change.around[1]}`);
    case 'swap-container':
      return at(containers, swapped);
    case 'duplicate-item': {
      const arrays = nodes.filter((node) => isArray(node.value) && node.value.length > 0);
      return at(arrays, (value) => {
        const copy = (value as unknown[]).slice();
        const item = copy[change.at % copy.length];
        copy.splice(change.at % (copy.length + 1), 0, item);
        return copy;
      });
    }
    case 'nest':
      return at(nodes, (value) => nested(value, change.depth, change.shape, change.key));
  }
}

/**
 * Applies changes in order.
 *
 * @param document The document.
 * @param changes The changes.
 * @returns The changed document.
 */
export function applyMutations(document: unknown, changes: readonly Mutation[]): unknown {
  return changes.reduce(applyMutation, document);
}
