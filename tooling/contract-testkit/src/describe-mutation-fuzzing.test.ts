import {
  defineContract,
  describeContract,
  matchValueRule,
  READINESS,
  rollupSummary,
  V1,
} from '@cavra/contracts-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brokenParsers } from './broken-parsers.js';
import type { ContractUnderTest } from './contract-under-test.js';
import { buildRequest, type JsonRecord } from './documents.js';
import { isJsonPathShape } from './json-path-shape.js';
import { applyMutation, applyMutations, injectedTokens, mutation, mutations } from './mutations.js';
import { checkParseOutcome } from './parse-outcome.js';
import { snapshotPrototypes } from './prototype-snapshot.js';
import { TOKEN_SHAPED_FAMILIES, tokenShaped } from './token-shaped.js';
import { validRequest } from './valid-documents.js';

// The suite's own tests, run once here rather than in every contract package: the fuzzer
// must catch parsers broken on purpose, and its mutations must change what they touch.
// A test-only contract stands in for the packages.

const sample = defineContract({
  packageName: '@cavra/sample',
  versions: V1,
  operation: 'sample_readiness',
  title: 'sample readiness',
  checks: { first_check: 'first_status', second_check: 'second_status' },
  vocabulary: READINESS,
  privateModules: ['sample module', 'other module'],
  boundary: 'Sample boundary: the public contract fixes shapes only.',
  payload: {
    sample_scope: { kind: 'label', default: 'sample-scope' },
    required_checks: { kind: 'list', of: 'checks' },
    sample_boundary: { kind: 'boundary' },
  },
  summary: {
    sample_scope: 'request',
    blockers: { kind: 'list', of: 'lines' },
    private_validation_required: { kind: 'flag' },
    sample_boundary: 'request',
  },
  compatibility: { path: '/saas/sample-readiness' },
});

const CONTRACT: ContractUnderTest = {
  api: {
    ...sample,
    describe: () => describeContract(sample),
    rollup: (summary) => rollupSummary(sample, summary as never),
    unguardedRequestSchema: sample.spec.requestSchema,
  },
  facts: {
    operation: 'sample_readiness',
    checkFields: { first_check: 'first_status', second_check: 'second_status' },
    overallFields: [],
    statuses: READINESS.statuses,
    severity: READINESS.order,
    satisfied: READINESS.satisfied,
    privateModules: ['sample module', 'other module'],
    payloadDefaults: {
      sample_scope: 'sample-scope',
      required_checks: ['first_check', 'second_check'],
      sample_boundary: 'Sample boundary: the public contract fixes shapes only.',
    },
    payloadLabelFields: ['sample_scope'],
    boundaryField: 'sample_boundary',
    summaryFields: [
      'tenant_id',
      'first_status',
      'second_status',
      'sample_scope',
      'blockers',
      'private_validation_required',
      'sample_boundary',
    ],
    summaryDefaults: { blockers: [], private_validation_required: true },
    inheritedFields: ['sample_scope', 'sample_boundary'],
    summaryLabelFields: ['sample_scope'],
    foreignOperation: 'other_readiness',
    foreignCheck: 'other_check',
    foreignModule: 'foreign module',
    foreignStatus: 'automated',
  },
};

const request = buildRequest(CONTRACT) as JsonRecord;

describe('the mutation fuzzer fails against deliberately broken parsers', () => {
  const parsers = { safeParse: sample.safeParseRequest, parse: sample.parseRequest };
  const keyCount = Object.keys(request).length;
  for (const broken of brokenParsers(parsers, sample.spec.requestSchema, keyCount)) {
    it(`catches a parser that ${broken.flaw}`, () => {
      const prototypes = snapshotPrototypes();
      const details = fc.check(
        fc.property(validRequest(CONTRACT), mutations(CONTRACT.facts), (document, changes) => {
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

describe('the mutations and generators of the fuzzer', () => {
  it('every kind of mutation changes a valid document', () => {
    const before = JSON.stringify(request);
    const samples = fc.sample(mutation(CONTRACT.facts), { numRuns: 2000 });
    const changedKinds = new Set<string>();
    for (const change of samples) {
      const mutated = applyMutation(request, change);
      if (JSON.stringify(mutated) !== before) changedKinds.add(change.kind);
      if (change.kind === 'through-json') expect(mutated).toEqual(request);
    }
    expect(JSON.stringify(request)).toBe(before);
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
});
