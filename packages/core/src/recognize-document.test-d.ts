import * as v from 'valibot';
import { describe, expectTypeOf, it } from 'vitest';
import { type AnyContract, defineContract } from './define-contract.js';
import type { DocumentKind } from './document-kind.js';
import { createRequestSchema, createResponseSchema } from './envelope.js';
import { findContract, recognizeDocument, validateDocument } from './recognize-document.js';
import { READINESS_SATISFIED, READINESS_SEVERITY } from './status-order.js';
import { ReadinessStatusSchema } from './status-schemas.js';
import { READINESS_STATUSES } from './statuses.js';

const PayloadSchema = v.strictObject({ probe_scope: v.optional(v.string(), 'probe-scope') });
const SummarySchema = v.strictObject({
  tenant_id: v.string(),
  alpha_status: ReadinessStatusSchema,
});
const probe = defineContract({
  operation: 'probe_readiness',
  title: 'probe readiness',
  checkFields: { alpha_check: 'alpha_status' },
  statuses: READINESS_STATUSES,
  severity: READINESS_SEVERITY,
  satisfied: READINESS_SATISFIED,
  privateModules: ['alpha module'],
  boundary: 'Probe boundary.',
  inheritedFields: [],
  payloadSchema: PayloadSchema,
  summarySchema: SummarySchema,
  requestSchema: createRequestSchema('probe_readiness', PayloadSchema),
  responseSchema: createResponseSchema('probe_readiness', SummarySchema, ['alpha module']),
});

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
