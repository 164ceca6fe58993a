import { sampleContract } from '@cavra/contract-testkit';
import { type AnyContract, type DocumentKind, READINESS } from '@cavra/contracts-core';
import { describe, expectTypeOf, it } from 'vitest';
import { findContract, recognizeDocument, validateDocument } from './recognize-document.js';

const probe = sampleContract('probe_readiness', READINESS);

describe('AnyContract holds any contract', () => {
  it('accepts a defined contract, widening its names', () => {
    expectTypeOf(probe).toMatchTypeOf<AnyContract>();
    const list: readonly AnyContract[] = [probe];
    expectTypeOf(list[0]?.spec.operation).toEqualTypeOf<string | undefined>();
    expectTypeOf<AnyContract['parseRequest']>().returns.toBeUnknown();
  });
});

describe('document recognition keeps the type of the contracts it is given', () => {
  it('returns the listed contract type, not AnyContract', () => {
    const list = [probe] as const;
    expectTypeOf(findContract(list, 'x')).toEqualTypeOf<typeof probe | undefined>();
    expectTypeOf(recognizeDocument(list, {}).contract).toEqualTypeOf<typeof probe | null>();
    const verdict = validateDocument(list, {});
    expectTypeOf(verdict.kind).toEqualTypeOf<DocumentKind | null>();
    if (verdict.valid) {
      expectTypeOf(verdict.contract).toEqualTypeOf<typeof probe>();
      expectTypeOf(verdict.kind).toEqualTypeOf<DocumentKind>();
    } else {
      expectTypeOf(verdict.contract).toEqualTypeOf<typeof probe | null>();
    }
  });
});
