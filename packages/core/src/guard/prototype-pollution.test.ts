import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { defineContract } from '../contract/define-contract.js';
import { rollupSummary } from '../contract/rollup.js';
import { ContractError } from '../contract-error.js';
import { V1 } from '../v1/versions.js';
import { READINESS } from '../vocabulary/vocabularies.js';
import { assertPublicSafe } from './assert-public-safe.js';
import { findSensitiveMaterial } from './find-sensitive-material.js';

// A tiny contract that exists only for these tests.
const shield = defineContract({
  operation: 'shield_readiness',
  title: 'shield readiness',
  checks: { shield_check: 'shield_status' },
  vocabulary: READINESS,
  privateModules: ['shield module'],
  boundary: 'Shield boundary.',
  payload: { shield_scope: { kind: 'label', default: 'shield-scope' } },
  summary: { shield_scope: 'request', blockers: { kind: 'list', of: 'lines' } },
  versions: V1,
  compatibility: { path: '/test', command: ['test'] },
  packageName: '@cavra/test',
});

/** Hostile fragments: each tries to reach a prototype through a parsed key. */
const POISONS = [
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"__proto__":{"__proto__":{"polluted":"yes"}}}',
  '{"prototype":{"polluted":"yes"}}',
];

function expectPristinePrototypes(): void {
  const probe: Record<string, unknown> = {};
  expect(probe['polluted']).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
  expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
  expect(([] as unknown as Record<string, unknown>)['polluted']).toBeUndefined();
}

function outcomeOf(run: () => unknown): unknown {
  try {
    return run();
  } catch (caught) {
    return caught;
  }
}

afterEach(() => {
  expectPristinePrototypes();
});

describe('parsers never pollute prototypes', () => {
  it.each(POISONS)('request with %s at the top and in the payload', (poison) => {
    const request = shield.buildRequest('tenant-shield');
    const top = JSON.parse(`${JSON.stringify(request).slice(0, -1)},${poison.slice(1)}`);
    const nested = { ...request, payload: JSON.parse(poison) };
    for (const input of [top, nested]) {
      const outcome = outcomeOf(() => shield.parseRequest(input));
      expect(ContractError.isInstance(outcome)).toBe(true);
      expect((outcome as ContractError).issues.map((issue) => issue.rule)).toContain('unknown_key');
      const result = shield.safeParseRequest(input);
      expect(result.success).toBe(false);
    }
  });

  it.each(POISONS)('summary with %s, through buildResponse, parseSummary and rollup', (poison) => {
    const request = shield.buildRequest('tenant-shield');
    const summary = { ...JSON.parse(poison), shield_status: 'ready' };
    for (const run of [
      () => shield.buildResponse(request, summary),
      () => shield.parseSummary({ ...summary, tenant_id: 't' }),
      () => rollupSummary(shield, { ...summary, tenant_id: 't' }),
    ]) {
      expect(ContractError.isInstance(outcomeOf(run))).toBe(true);
    }
  });

  it.each(POISONS)('builder options with %s', (poison) => {
    expect(
      ContractError.isInstance(outcomeOf(() => shield.buildRequest('t', JSON.parse(poison)))),
    ).toBe(true);
  });

  it('outputs are plain objects with the ordinary prototype', () => {
    const request = shield.parseRequest(JSON.parse(JSON.stringify(shield.buildRequest('t'))));
    expect(Object.getPrototypeOf(request)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(request.payload)).toBe(Object.prototype);
    expect(Object.keys(request)).not.toContain('__proto__');
  });
});

describe('the guard never pollutes prototypes', () => {
  it.each(POISONS)('walking %s', (poison) => {
    const parsed = JSON.parse(poison);
    expect(findSensitiveMaterial(parsed)).toEqual([]);
    expect(() => assertPublicSafe(parsed)).not.toThrow();
    expect(findSensitiveMaterial({ nested: [parsed, { deeper: parsed }] })).toEqual([]);
  });

  it('keys named like prototype members are checked like any key', () => {
    const parsed = JSON.parse('{"__proto__":{"password":"x"},"constructor":{"token":"y"}}');
    expect(findSensitiveMaterial(parsed)).toEqual([
      { path: '__proto__.password', rule: 'key.password', target: 'key' },
      { path: 'constructor.token', rule: 'key.token', target: 'key' },
    ]);
  });
});

describe('hostile values of every kind', () => {
  const anything = fc.anything({
    maxDepth: 6,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withNullPrototype: true,
    withObjectString: true,
    withSet: true,
    withSparseArray: true,
    withTypedArray: true,
    withUnicodeString: true,
    key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'apiKey')),
  });

  it('the guard returns findings and never throws', () => {
    fc.assert(
      fc.property(anything, (value) => {
        expect(Array.isArray(findSensitiveMaterial(value))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('parsers return a result or throw a ContractError, also inside a valid envelope', () => {
    const request = shield.buildRequest('tenant-shield');
    const response = shield.buildResponse(request, { shield_status: 'ready' });
    fc.assert(
      fc.property(
        anything,
        fc.constantFrom('top', 'payload', 'summary', 'blockers'),
        (value, where) => {
          const requestInput =
            where === 'top'
              ? value
              : { ...request, payload: where === 'payload' ? value : { shield_scope: value } };
          const responseInput = {
            ...response,
            payload: {
              ...response.payload,
              summary:
                where === 'summary' ? value : { ...response.payload.summary, blockers: [value] },
            },
          };
          for (const run of [
            () => shield.parseRequest(requestInput),
            () => shield.parseResponse(responseInput),
            () => shield.parseSummary(value),
            () => rollupSummary(shield, value as never),
            () => shield.buildRequest('t', { shield_scope: value } as never),
            () =>
              shield.buildResponse(request, { shield_status: 'ready', blockers: [value] } as never),
          ]) {
            try {
              run();
            } catch (caught) {
              expect(ContractError.isInstance(caught)).toBe(true);
            }
          }
          expect(shield.safeParseRequest(requestInput)).toHaveProperty('success');
          expect(shield.safeParseResponse(responseInput)).toHaveProperty('success');
        },
      ),
      { numRuns: 300 },
    );
  });
});
