import type * as v from 'valibot';
import { describe, expectTypeOf, it } from 'vitest';
import type { ContractResult } from '../parse-result.js';
import { V1 } from '../v1/versions.js';
import type { ReadinessStatus } from '../vocabulary/statuses.js';
import { READINESS } from '../vocabulary/vocabularies.js';
import { defineContract } from './define-contract.js';
import { describeContract } from './describe.js';
import { type ContractRollup, rollupSummary } from './rollup.js';
import type { ContractTypes } from './types.js';

const probe = defineContract({
  packageName: '@cavra/probe',
  versions: V1,
  operation: 'probe_readiness',
  title: 'probe readiness',
  checks: { alpha_check: 'alpha_status', beta_check: null },
  vocabulary: READINESS,
  privateModules: ['alpha module'],
  boundary: 'Probe boundary.',
  payload: {
    probe_scope: { kind: 'label', default: 'probe-scope' },
    required_checks: { kind: 'list', of: 'checks' },
  },
  summary: { blockers: { kind: 'list', of: 'lines' } },
  compatibility: { path: '/probe', command: ['probe'] },
});
const RequestSchema = probe.requestSchema;

type Options = ContractTypes<typeof probe.declaration>['requestOptions'];
type Summary = ContractTypes<typeof probe.declaration>['summaryOptions'];

describe('RequestOptionsOf: envelope options plus every payload field, all optional', () => {
  it('types requested_by and correlation_id as optional strings', () => {
    expectTypeOf<Options['requested_by']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Options['correlation_id']>().toEqualTypeOf<string | undefined>();
  });

  it('types payload fields by their wire names, optional, with read-only arrays', () => {
    expectTypeOf<Options['probe_scope']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Options['required_checks']>().toEqualTypeOf<
      readonly ('alpha_check' | 'beta_check')[] | undefined
    >();
  });

  it('accepts no options at all and a constant list as it is', () => {
    expectTypeOf<Record<never, never>>().toExtend<Options>();
    const checks = ['beta_check'] as const;
    expectTypeOf({ required_checks: checks }).toExtend<Options>();
  });

  it('refuses a check outside the payload’s vocabulary', () => {
    expectTypeOf<{ required_checks: readonly 'gamma_check'[] }>().not.toExtend<Options>();
  });
});

describe('SummaryOptionsOf: the summary input with tenant_id optional', () => {
  it('makes tenant_id optional', () => {
    expectTypeOf<Summary['tenant_id']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<{ alpha_status: 'ready' }>().toExtend<Summary>();
  });

  it('keeps status fields required and typed by their vocabulary', () => {
    expectTypeOf<Summary['alpha_status']>().toEqualTypeOf<ReadinessStatus>();
    expectTypeOf<{ blockers: readonly string[] }>().not.toExtend<Summary>();
    expectTypeOf<{ alpha_status: 'scheduled' }>().not.toExtend<Summary>();
  });

  it('takes fields with defaults as optional, arrays read-only', () => {
    expectTypeOf<Summary['blockers']>().toEqualTypeOf<readonly string[] | undefined>();
  });
});

describe('defineContract keeps the declared literals in its functions’ types', () => {
  it('returns requests and responses of the operation', () => {
    expectTypeOf(probe.buildRequest('t')).toEqualTypeOf<v.InferOutput<typeof RequestSchema>>();
    expectTypeOf(probe.buildRequest('t').operation).toEqualTypeOf<'probe_readiness'>();
    expectTypeOf(probe.parseResponse(null).operation).toEqualTypeOf<'probe_readiness'>();
  });

  it('returns results from the safe parsers', () => {
    expectTypeOf(probe.safeParseRequest(null)).toEqualTypeOf<
      ContractResult<v.InferOutput<typeof RequestSchema>>
    >();
  });

  it('types the rollup with the operation, checks and statuses', () => {
    expectTypeOf(rollupSummary(probe, { tenant_id: 't', alpha_status: 'ready' })).toEqualTypeOf<
      ContractRollup<'probe_readiness', 'alpha_check' | 'beta_check', ReadinessStatus>
    >();
    expectTypeOf(
      rollupSummary(probe, { tenant_id: 't', alpha_status: 'ready' }).status,
    ).toEqualTypeOf<ReadinessStatus>();
  });

  it('types the description’s operation and checks', () => {
    expectTypeOf(describeContract(probe).operation).toEqualTypeOf<'probe_readiness'>();
    expectTypeOf(describeContract(probe).checks[0]).toEqualTypeOf<
      | { readonly check: 'alpha_check' | 'beta_check'; readonly summary_field: string | null }
      | undefined
    >();
  });
});
