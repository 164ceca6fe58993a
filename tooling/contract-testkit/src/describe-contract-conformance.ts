import { describe } from 'vitest';
import type { ContractUnderTest } from './contract-under-test.js';
import { describeDescription } from './describe-description.js';
import { describeFastPath } from './describe-fast-path.js';
import { describeMutationFuzzing } from './describe-mutation-fuzzing.js';
import { describeProperties } from './describe-properties.js';
import { describeRequestRules } from './describe-request-rules.js';
import { describeResponseRules } from './describe-response-rules.js';
import { describeRollup } from './describe-rollup.js';
import { describeRoundTrips } from './describe-round-trips.js';
import { describeSafeParsing } from './describe-safe-parsing.js';
import { describeSchemaGuard } from './describe-schema-guard.js';
import { describeStrictParsing } from './describe-strict-parsing.js';

/**
 * Registers every rule DESIGN.md sets for all contracts, each as its own `describe` block:
 * requests, responses, strict parsing and the guard, round trips, safe parsing, mutation
 * fuzzing, the compiled fast path against valibot, the guard in the exported schemas,
 * properties, the description and the rollup.
 *
 * @param contract The package's API and the design's facts.
 */
export function describeContractConformance(contract: ContractUnderTest): void {
  describe(`${contract.facts.operation} conformance`, () => {
    describeRequestRules(contract);
    describeResponseRules(contract);
    describeStrictParsing(contract);
    describeRoundTrips(contract);
    describeSafeParsing(contract);
    describeMutationFuzzing(contract);
    describeFastPath(contract);
    describeSchemaGuard(contract);
    describeProperties(contract);
    describeDescription(contract);
    describeRollup(contract);
  });
}
