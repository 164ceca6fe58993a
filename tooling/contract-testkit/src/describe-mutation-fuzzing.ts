import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { ContractUnderTest } from './contract-under-test.js';
import { buildRequest, buildResponse, type JsonRecord } from './documents.js';
import { applyMutations, injectedTokens, mutations } from './mutations.js';
import { checkParseOutcome, type ParserPair } from './parse-outcome.js';
import { snapshotPrototypes } from './prototype-snapshot.js';
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
 * The fuzzer's own tests (broken parsers it must catch, mutations that change documents)
 * run once, in this package's `pnpm test`.
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
  });
}
