import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { ContractUnderTest } from './contract-under-test.js';
import { applyMutations, mutations } from './mutations.js';
import { validRequest, validResponse } from './valid-documents.js';

const RUNS = 500;

/**
 * Registers the rule that every way in runs the guard: for random valid documents and the
 * same documents after random mutations (injected tokens, secret-named keys, wrong types),
 * `v.parse`, `v.safeParse` and the Standard Schema `validate` of the exported schema accept
 * exactly the documents the package's parse function accepts, with the same output.
 *
 * @param contract The contract under test.
 */
export function describeSchemaGuard(contract: ContractUnderTest): void {
  const { api, facts } = contract;
  const kinds = [
    {
      name: 'request',
      valid: validRequest(contract),
      schema: api.requestSchema,
      parse: api.parseRequest,
    },
    {
      name: 'response',
      valid: validResponse(contract),
      schema: api.responseSchema,
      parse: api.parseResponse,
    },
  ];

  describe('the exported schemas carry the guard', () => {
    for (const kind of kinds) {
      it(`v.parse, v.safeParse, ~standard.validate and the parser agree on ${kind.name}s`, () => {
        fc.assert(
          fc.property(kind.valid, fc.boolean(), mutations(facts), (document, poison, changes) => {
            const input = poison ? applyMutations(document, changes) : document;
            const viaParser = outcome(() => kind.parse(input));
            const viaParse = outcome(() => v.parse(kind.schema, input));
            const safe = v.safeParse(kind.schema, input);
            const standard = kind.schema['~standard'].validate(input) as {
              readonly issues?: readonly unknown[];
              readonly value?: unknown;
            };
            expect(viaParse.accepted).toBe(viaParser.accepted);
            expect(safe.success).toBe(viaParser.accepted);
            expect(standard.issues === undefined).toBe(viaParser.accepted);
            if (viaParser.accepted) {
              expect(viaParse.output).toEqual(viaParser.output);
              expect(safe.output).toEqual(viaParser.output);
              expect(standard.value).toEqual(viaParser.output);
            }
          }),
          { numRuns: RUNS },
        );
      });
    }
  });
}

function outcome(run: () => unknown): { accepted: boolean; output?: unknown } {
  try {
    return { accepted: true, output: run() };
  } catch {
    return { accepted: false };
  }
}
