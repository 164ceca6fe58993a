import type {
  ContractResult,
  ReadinessStatus,
  RequestSchemaVersion,
  ResponseStatus,
} from '@cavra/contracts-core';
import type * as v from 'valibot';
import { describe, expectTypeOf, it } from 'vitest';
import {
  buildSupportHandoffReadinessRequest,
  buildSupportHandoffReadinessResponse,
  describeSupportHandoffReadiness,
  rollupSupportHandoffReadiness,
  SUPPORT_HANDOFF_READINESS_CHECK_FIELDS,
  SUPPORT_HANDOFF_READINESS_CHECKS,
  type SupportHandoffReadinessCheck,
  type SupportHandoffReadinessRequest,
  type SupportHandoffReadinessRequestSchema,
  type SupportHandoffReadinessResponse,
  type SupportHandoffReadinessStatusField,
  type SupportHandoffReadinessSummary,
  type SupportHandoffReadinessSummaryInput,
  safeParseSupportHandoffReadinessResponse,
} from './index.js';

const request = buildSupportHandoffReadinessRequest('tenant-acme');
const ready = {
  support_status: 'ready',
  customer_success_status: 'ready',
  escalation_status: 'ready',
  health_review_status: 'ready',
  dashboard_status: 'ready',
} as const;

describe('request builder options', () => {
  it('types required_checks as the check union, so a typo is a type error', () => {
    buildSupportHandoffReadinessRequest('tenant-acme', {
      required_checks: ['release_owner_acceptance', 'escalation_routing'],
    });
    buildSupportHandoffReadinessRequest('tenant-acme', {
      // @ts-expect-error a misspelt check
      required_checks: ['escalation_routeing'],
    });
    buildSupportHandoffReadinessRequest('tenant-acme', {
      // @ts-expect-error a check of another contract
      required_checks: ['billing_monitoring'],
    });
  });

  it('accepts read-only lists such as the exported checks', () => {
    buildSupportHandoffReadinessRequest('tenant-acme', {
      required_checks: SUPPORT_HANDOFF_READINESS_CHECKS,
    });
  });

  it('takes the wire names only, with their value types', () => {
    buildSupportHandoffReadinessRequest('tenant-acme', {
      requested_by: 'ops',
      correlation_id: 'saas-0123456789ab',
      handoff_scope: 'hosted-saas-support',
      support_tier: 'premium',
      handoff_boundary: 'Our boundary.',
    });
    // @ts-expect-error camelCase is not a wire name
    buildSupportHandoffReadinessRequest('tenant-acme', { supportTier: 'premium' });
    // @ts-expect-error support_tier is a string
    buildSupportHandoffReadinessRequest('tenant-acme', { support_tier: 1 });
  });
});

describe('response builder', () => {
  it('requires the five statuses from the readiness vocabulary', () => {
    buildSupportHandoffReadinessResponse(request, ready);
    // @ts-expect-error one status is not enough
    buildSupportHandoffReadinessResponse(request, { support_status: 'ready' });
    // @ts-expect-error a status outside the vocabulary
    buildSupportHandoffReadinessResponse(request, { ...ready, escalation_status: 'automated' });
  });

  it('has no summary field for release_owner_acceptance', () => {
    buildSupportHandoffReadinessResponse(request, {
      ...ready,
      // @ts-expect-error not a summary field in schema v1
      release_owner_acceptance_status: 'ready',
    });
  });

  it('takes a response status', () => {
    buildSupportHandoffReadinessResponse(request, ready, { status: 'unavailable' });
    // @ts-expect-error a summary status is not a response status
    buildSupportHandoffReadinessResponse(request, ready, { status: 'blocked' });
  });
});

describe('inferred types', () => {
  it('gives the envelope literal types', () => {
    expectTypeOf(request.operation).toEqualTypeOf<'support_handoff_readiness'>();
    expectTypeOf(request.schema_version).toEqualTypeOf<RequestSchemaVersion>();
    expectTypeOf(request.payload.required_checks).toEqualTypeOf<SupportHandoffReadinessCheck[]>();
    expectTypeOf(request.payload.support_tier).toEqualTypeOf<string>();
  });

  it('types the summary and the check table', () => {
    expectTypeOf<
      SupportHandoffReadinessSummary['escalation_status']
    >().toEqualTypeOf<ReadinessStatus>();
    expectTypeOf<SupportHandoffReadinessSummary['support_tier']>().toEqualTypeOf<string>();
    expectTypeOf<SupportHandoffReadinessStatusField>().toEqualTypeOf<
      | 'support_status'
      | 'customer_success_status'
      | 'escalation_status'
      | 'health_review_status'
      | 'dashboard_status'
    >();
    expectTypeOf(
      SUPPORT_HANDOFF_READINESS_CHECK_FIELDS.release_owner_acceptance,
    ).toEqualTypeOf<null>();
    expectTypeOf<
      { tenant_id: string } & typeof ready
    >().toExtend<SupportHandoffReadinessSummaryInput>();
  });

  it('types the response, safe-parse results, rollup and description', () => {
    const response = buildSupportHandoffReadinessResponse(request, ready);
    expectTypeOf(response).toEqualTypeOf<SupportHandoffReadinessResponse>();
    expectTypeOf(response.status).toEqualTypeOf<ResponseStatus>();
    const result = safeParseSupportHandoffReadinessResponse(JSON.parse('{}'));
    expectTypeOf(result).toEqualTypeOf<ContractResult<SupportHandoffReadinessResponse>>();
    const rollup = rollupSupportHandoffReadiness({ ...ready, tenant_id: 'tenant-acme' });
    expectTypeOf(rollup.status).toEqualTypeOf<ReadinessStatus>();
    expectTypeOf(rollup.checks[0]?.status).toEqualTypeOf<ReadinessStatus | null | undefined>();
    expectTypeOf(
      describeSupportHandoffReadiness().operation,
    ).toEqualTypeOf<'support_handoff_readiness'>();
  });

  it('infers the same request type through the Standard Schema interface', () => {
    type Output = NonNullable<
      (typeof SupportHandoffReadinessRequestSchema)['~standard']['types']
    >['output'];
    expectTypeOf<Output>().toEqualTypeOf<SupportHandoffReadinessRequest>();
    expectTypeOf<
      v.InferOutput<typeof SupportHandoffReadinessRequestSchema>
    >().toEqualTypeOf<SupportHandoffReadinessRequest>();
  });
});
