import { matchValueRule } from '@cavra/contracts-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brokenParsers } from './broken-parsers.js';
import type { ContractUnderTest } from './contract-under-test.js';
import { buildRequest, buildResponse, type JsonRecord } from './documents.js';
import { isJsonPathShape } from './json-path-shape.js';
import { applyMutation, applyMutations, injectedTokens, mutation, mutations } from './mutations.js';
import { checkParseOutcome, type ParserPair } from './parse-outcome.js';
import { snapshotPrototypes } from './prototype-snapshot.js';
import { TOKEN_SHAPED_FAMILIES, tokenShaped } from './token-shaped.js';
import { validRequest, validResponse } from './valid-documents.js';

/** The environment variable that sets {@link FUZZ_RUNS} for a longer hunt. */
export const FUZZ_RUNS_VARIABLE = 'CAVRA_FUZZ_RUNS';

/**
 * Runs of every fuzz property, per document kind: 300 (enough to vary, few enough to stay
 * fast), or the number in `CAVRA_FUZZ_RUNS`.
 */
export const FUZZ_RUNS = Number(process.env[FUZZ_RUNS_VARIABLE]) || 300;

/**
 * Registers the mutation fuzzer: valid requests and responses, built with the contract's
 * builders from generated options and summaries, get one to six random mutations, and
 * random JSON is put at the top level and as each top-level field. For every document,
 * `safeParse*` returns a result, `parse*` throws only `ContractError`, issues have JSON
 * paths and messages and never quote an injected token, a document carrying a token never
 * parses, what parses round-trips through JSON, and no prototype changes. Seeds are not
 * fixed: fast-check prints the seed and path of a failure to replay it.
 *
 * The fuzzer is itself tested: run against deliberately broken parsers, it must fail.
 *
 * @param contract The contract under test.
 */
export function describeMutationFuzzing(contract: ContractUnderTest): void {
  const { api, facts } = contract;
  const kinds = [
    {
      name: 'request',
      valid: validRequest(contract),
      sample: buildRequest(contract) as JsonRecord,
      parsers: { safeParse: api.safeParseRequest, parse: api.parseRequest } as ParserPair,
    },
    {
      name: 'response',
      valid: validResponse(contract),
      sample: buildResponse(contract) as JsonRecord,
      parsers: { safeParse: api.safeParseResponse, parse: api.parseResponse } as ParserPair,
    },
  ];

  describe('mutation fuzzing (fast-check)', () => {
    for (const kind of kinds) {
      it(`contains 1 to 6 random mutations of valid ${kind.name}s`, () => {
        const prototypes = snapshotPrototypes();
        fc.assert(
          fc.property(kind.valid, mutations(facts), (document, changes) => {
            const mutated = applyMutations(document, changes);
            checkParseOutcome(kind.parsers, mutated, injectedTokens(changes), prototypes);
          }),
          { numRuns: FUZZ_RUNS },
        );
      });

      it(`contains random JSON as a whole ${kind.name}`, () => {
        const prototypes = snapshotPrototypes();
        fc.assert(
          fc.property(fc.jsonValue(), (document) => {
            checkParseOutcome(kind.parsers, document, [], prototypes);
          }),
          { numRuns: FUZZ_RUNS },
        );
      });

      for (const field of Object.keys(kind.sample)) {
        it(`contains random JSON as the ${kind.name}'s ${field}`, () => {
          const prototypes = snapshotPrototypes();
          fc.assert(
            fc.property(kind.valid, fc.jsonValue(), (document, value) => {
              checkParseOutcome(kind.parsers, { ...document, [field]: value }, [], prototypes);
            }),
            { numRuns: FUZZ_RUNS },
          );
        });
      }
    }

    it('every kind of mutation changes a valid document', () => {
      const request = kinds[0]?.sample as JsonRecord;
      const samples = fc.sample(mutation(facts), { numRuns: 2000 });
      const changedKinds = new Set<string>();
      for (const change of samples) {
        const mutated = applyMutation(request, change);
        if (JSON.stringify(mutated) !== JSON.stringify(request)) changedKinds.add(change.kind);
        if (change.kind === 'through-json') expect(mutated).toEqual(request);
      }
      expect(JSON.stringify(request)).toBe(JSON.stringify(kinds[0]?.sample));
      expect([...changedKinds].sort()).toEqual(
        [...new Set(samples.map((change) => change.kind))]
          .filter((kind) => kind !== 'through-json')
          .sort(),
      );
    });

    it('injects token-shaped values of every family that the guard catches', () => {
      for (const family of TOKEN_SHAPED_FAMILIES) {
        for (const token of fc.sample(tokenShaped(family), 20)) {
          expect(matchValueRule(token), `${family} sample`).toBeDefined();
          expect(matchValueRule(`Contact us with ${token}`), `${family} in text`).toBeDefined();
        }
      }
    });

    it('checks issue paths against the shape core formats', () => {
      for (const path of ['', 'tenant_id', 'payload.summary.blockers[2]', '[0]', 'a["b c"]']) {
        expect(isJsonPathShape(path), path).toBe(true);
      }
      for (const path of ['.a', 'a.', 'a..b', 'a[x]', 'a["b]', 'a b', '[-1]']) {
        expect(isJsonPathShape(path), path).toBe(false);
      }
    });

    describe('fails against deliberately broken parsers', () => {
      const [request] = kinds;
      if (request === undefined) return;
      for (const broken of brokenParsers(
        request.parsers,
        api.unguardedRequestSchema,
        Object.keys(request.sample).length,
      )) {
        it(`catches a parser that ${broken.flaw}`, () => {
          const prototypes = snapshotPrototypes();
          const details = fc.check(
            fc.property(request.valid, mutations(facts), (document, changes) => {
              const mutated = applyMutations(document, changes);
              checkParseOutcome(broken.parsers, mutated, injectedTokens(changes), prototypes);
            }),
            { numRuns: 2000 },
          );
          expect(details.failed).toBe(true);
          expect(String(details.errorInstance)).toMatch(broken.reported);
          expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
        });
      }
    });
  });
}
