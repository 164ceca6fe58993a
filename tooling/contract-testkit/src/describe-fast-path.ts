import { assertPublicSafe, type ContractResult } from '@cavra/contracts-core';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import type { ContractUnderTest } from './contract-under-test.js';
import { FUZZ_RUNS } from './describe-mutation-fuzzing.js';
import { hostileInputs } from './describe-safe-parsing.js';
import { buildRequest, buildResponse, type JsonRecord, throughJson } from './documents.js';
import { applyMutations, type Mutation, mutation } from './mutations.js';
import { tokenShaped } from './token-shaped.js';
import { validRequest, validResponse } from './valid-documents.js';

/**
 * Parses `input` with a contract's `safeParse*` and, apart, with the guarded schema through
 * valibot (the path every document took before the compiled fast path), and checks that both
 * give the same answer: the same success and, on success, the same output with its keys in
 * the same order.
 *
 * @param safeParse The contract's `safeParse*`.
 * @param schema The guarded schema it falls back to (`XRequestSchema`, `XResponseSchema`).
 * @param input The untrusted input.
 * @returns Whether the fast path answered alone (valibot never ran).
 */
function expectValibotsAnswer(
  safeParse: (input: unknown) => ContractResult<unknown>,
  schema: v.GenericSchema,
  input: unknown,
): boolean {
  const run = vi.spyOn(schema, '~run');
  let result: ContractResult<unknown>;
  try {
    result = safeParse(input);
  } finally {
    run.mockRestore();
  }
  const fast = run.mock.calls.length === 0;
  const reference = v.safeParse(schema, input);
  expect(result.success).toBe(reference.success);
  if (result.success && reference.success) {
    expect(result.output).toStrictEqual(reference.output);
    expect(JSON.stringify(result.output)).toBe(JSON.stringify(reference.output));
  }
  return fast;
}

/** The picklist options and literals of a schema: the only strings the fast path does not scan. */
function vocabularyOf(schema: unknown, words: unknown[] = []): unknown[] {
  if (typeof schema !== 'object' || schema === null) return words;
  const node = schema as Record<string, unknown>;
  if (Array.isArray(node['options'])) words.push(...node['options']);
  if ('literal' in node) words.push(node['literal']);
  const inner = [node['wrapped'], node['item'], ...Object.values(node['entries'] ?? {})];
  for (const child of [...inner, ...((node['pipe'] as unknown[] | undefined) ?? [])]) {
    vocabularyOf(child, words);
  }
  return words;
}

/**
 * Registers the rule that the compiled fast path of `parse*` answers as valibot does: for
 * valid requests and responses (built from generated options and summaries) and for zero to
 * six random mutations of them (dropped, added and prototype keys, wrong types, words outside
 * the vocabulary, token-shaped strings, over-long strings, invisible and control characters,
 * swapped containers, duplicated items, deep nesting), the contract's parser and valibot
 * with the guard give the same success and the same output; every valid document is answered
 * by the fast path alone; hostile inputs (getters, proxies, cycles, null prototypes, huge
 * strings) get valibot's answer. The words the fast path does not scan (picklist options and
 * literals) break no guard rule.
 *
 * @param contract The contract under test.
 */
export function describeFastPath(contract: ContractUnderTest): void {
  const { api, facts } = contract;
  const kinds = [
    {
      name: 'request',
      valid: validRequest(contract),
      sample: buildRequest(contract) as JsonRecord,
      safeParse: api.safeParseRequest,
      schema: api.requestSchema,
    },
    {
      name: 'response',
      valid: validResponse(contract),
      sample: buildResponse(contract) as JsonRecord,
      safeParse: api.safeParseResponse,
      schema: api.responseSchema,
    },
  ];

  describe('compiled fast path (fast-check)', () => {
    for (const kind of kinds) {
      it(`builds and answers every valid ${kind.name} alone, with valibot's output`, () => {
        fc.assert(
          fc.property(kind.valid, fc.boolean(), (document, viaJson) => {
            // What the builder returned is already valibot's output of itself.
            const reference = v.parse(kind.schema, document);
            expect(document).toStrictEqual(reference);
            expect(JSON.stringify(document)).toBe(JSON.stringify(reference));
            const input = viaJson ? throughJson(document) : document;
            expect(expectValibotsAnswer(kind.safeParse, kind.schema, input)).toBe(true);
          }),
          { numRuns: FUZZ_RUNS },
        );
      });

      it(`answers as valibot does for 0 to 6 mutations of valid ${kind.name}s`, () => {
        // Token-shaped strings, the one thing only the guard rejects, come more often.
        const token = fc.record({
          kind: fc.constant('token' as const),
          pick: fc.nat(),
          token: tokenShaped(),
          around: fc.constant(['see ', ' here'] as const),
        });
        const change = fc.oneof<fc.Arbitrary<Mutation>[]>(mutation(facts), mutation(facts), token);
        const changes = fc.array(change, { maxLength: 6 });
        fc.assert(
          fc.property(kind.valid, changes, (document, list) => {
            expectValibotsAnswer(kind.safeParse, kind.schema, applyMutations(document, list));
          }),
          { numRuns: FUZZ_RUNS },
        );
      });

      it(`answers as valibot does for hostile ${kind.name}s`, () => {
        for (const input of Object.values(hostileInputs(kind.sample))) {
          expectValibotsAnswer(kind.safeParse, kind.schema, input);
        }
      });

      it(`leaves unscanned only ${kind.name} words that break no guard rule`, () => {
        const words = vocabularyOf(kind.schema);
        expect(words).toContain(facts.operation);
        for (const word of words) expect(() => assertPublicSafe(word)).not.toThrow();
      });
    }
  });
}
