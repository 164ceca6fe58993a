import type {
  ContractResult,
  ReadinessStatus,
  RequestSchemaVersion,
  ResponseStatus,
} from '@cavra/contracts-core';
import type * as v from 'valibot';
import { describe, expectTypeOf, it } from 'vitest';
import {
  buildCustomerOperatingDashboardRequest,
  buildCustomerOperatingDashboardResponse,
  CUSTOMER_OPERATING_DASHBOARD_CHECK_FIELDS,
  CUSTOMER_OPERATING_DASHBOARD_CHECKS,
  type CustomerOperatingDashboardCheck,
  type CustomerOperatingDashboardRequest,
  type CustomerOperatingDashboardRequestSchema,
  type CustomerOperatingDashboardResponse,
  type CustomerOperatingDashboardSummary,
  type CustomerOperatingDashboardSummaryInput,
  describeCustomerOperatingDashboard,
  rollupCustomerOperatingDashboard,
  safeParseCustomerOperatingDashboardRequest,
} from './index.js';

const request = buildCustomerOperatingDashboardRequest('tenant-acme');
const ready = {
  dashboard_status: 'ready',
  billing_status: 'ready',
  license_service_status: 'ready',
  support_handoff_status: 'ready',
  customer_success_status: 'ready',
  escalation_status: 'ready',
  release_closeout_status: 'ready',
} as const;

describe('request builder options', () => {
  it('types required_checks as the check union, so a typo is a type error', () => {
    buildCustomerOperatingDashboardRequest('tenant-acme', {
      required_checks: ['billing_observability', 'release_acceptance'],
    });
    buildCustomerOperatingDashboardRequest('tenant-acme', {
      // @ts-expect-error a misspelt check
      required_checks: ['billing_observabilty'],
    });
    buildCustomerOperatingDashboardRequest('tenant-acme', {
      // @ts-expect-error a check of another contract
      required_checks: ['support_owner_assignment'],
    });
  });

  it('accepts read-only lists such as the exported checks', () => {
    buildCustomerOperatingDashboardRequest('tenant-acme', {
      required_checks: CUSTOMER_OPERATING_DASHBOARD_CHECKS,
    });
    const picked = ['release_acceptance'] as const;
    buildCustomerOperatingDashboardRequest('tenant-acme', { required_checks: picked });
  });

  it('takes the wire names only, with their value types', () => {
    buildCustomerOperatingDashboardRequest('tenant-acme', {
      requested_by: 'ops',
      correlation_id: 'saas-0123456789ab',
      dashboard_scope: 'tenant-operating',
      evidence_window: 'last-7d',
      dashboard_boundary: 'Our boundary.',
    });
    // @ts-expect-error camelCase is not a wire name
    buildCustomerOperatingDashboardRequest('tenant-acme', { requestedBy: 'ops' });
    // @ts-expect-error evidence_window is a string
    buildCustomerOperatingDashboardRequest('tenant-acme', { evidence_window: 24 });
    // @ts-expect-error the tenant is a string
    buildCustomerOperatingDashboardRequest(42);
  });
});

describe('response builder', () => {
  it('requires the seven statuses from the readiness vocabulary', () => {
    buildCustomerOperatingDashboardResponse(request, ready);
    // @ts-expect-error six statuses are not enough
    buildCustomerOperatingDashboardResponse(request, { dashboard_status: 'ready' });
    // @ts-expect-error a status outside the vocabulary
    buildCustomerOperatingDashboardResponse(request, { ...ready, billing_status: 'scheduled' });
  });

  it('takes latest_dashboard_at as a string or null, and read-only blockers', () => {
    const blockers = ['billing export is late'] as const;
    buildCustomerOperatingDashboardResponse(request, {
      ...ready,
      latest_dashboard_at: null,
      blockers,
    });
    // @ts-expect-error a Date object is not the wire form
    buildCustomerOperatingDashboardResponse(request, { ...ready, latest_dashboard_at: new Date() });
  });

  it('takes a response status and a request of this contract', () => {
    buildCustomerOperatingDashboardResponse(request, ready, { status: 'accepted' });
    // @ts-expect-error a summary status is not a response status
    buildCustomerOperatingDashboardResponse(request, ready, { status: 'ready' });
    // @ts-expect-error not a request
    buildCustomerOperatingDashboardResponse({ operation: 'support_handoff_readiness' }, ready);
  });
});

describe('inferred types', () => {
  it('gives the envelope literal types', () => {
    expectTypeOf(request.operation).toEqualTypeOf<'customer_operating_dashboard'>();
    expectTypeOf(request.schema_version).toEqualTypeOf<RequestSchemaVersion>();
    expectTypeOf(request.private_implementation_required).toEqualTypeOf<true>();
    expectTypeOf(request.payload.required_checks).toEqualTypeOf<
      CustomerOperatingDashboardCheck[]
    >();
    expectTypeOf(request.requested_by).toEqualTypeOf<string>();
  });

  it('types the summary with defaults filled, and its input with defaults optional', () => {
    expectTypeOf<
      CustomerOperatingDashboardSummary['billing_status']
    >().toEqualTypeOf<ReadinessStatus>();
    expectTypeOf<CustomerOperatingDashboardSummary['latest_dashboard_at']>().toEqualTypeOf<
      string | null
    >();
    expectTypeOf<CustomerOperatingDashboardSummary['blockers']>().toEqualTypeOf<string[]>();
    expectTypeOf<
      CustomerOperatingDashboardSummary['private_validation_required']
    >().toEqualTypeOf<true>();
    expectTypeOf<CustomerOperatingDashboardSummaryInput>().toHaveProperty('latest_dashboard_at');
    expectTypeOf<
      { tenant_id: string } & typeof ready
    >().toExtend<CustomerOperatingDashboardSummaryInput>();
  });

  it('types the response', () => {
    const response = buildCustomerOperatingDashboardResponse(request, ready);
    expectTypeOf(response).toEqualTypeOf<CustomerOperatingDashboardResponse>();
    expectTypeOf(response.status).toEqualTypeOf<ResponseStatus>();
    expectTypeOf(response.payload.summary).toEqualTypeOf<CustomerOperatingDashboardSummary>();
  });

  it('narrows safe-parse results', () => {
    const result = safeParseCustomerOperatingDashboardRequest(JSON.parse('{}'));
    expectTypeOf(result).toEqualTypeOf<ContractResult<CustomerOperatingDashboardRequest>>();
    if (result.success)
      expectTypeOf(result.output).toEqualTypeOf<CustomerOperatingDashboardRequest>();
  });

  it('types the rollup, the description and the check table', () => {
    const rollup = rollupCustomerOperatingDashboard({ tenant_id: 'tenant-acme', ...ready });
    expectTypeOf(rollup.status).toEqualTypeOf<ReadinessStatus>();
    expectTypeOf(rollup.checks[0]?.check).toEqualTypeOf<
      CustomerOperatingDashboardCheck | undefined
    >();
    expectTypeOf(
      describeCustomerOperatingDashboard().operation,
    ).toEqualTypeOf<'customer_operating_dashboard'>();
    expectTypeOf(
      CUSTOMER_OPERATING_DASHBOARD_CHECK_FIELDS.release_acceptance,
    ).toEqualTypeOf<'release_closeout_status'>();
  });

  it('infers the same request type through the Standard Schema interface', () => {
    type Output = NonNullable<
      (typeof CustomerOperatingDashboardRequestSchema)['~standard']['types']
    >['output'];
    expectTypeOf<Output>().toEqualTypeOf<CustomerOperatingDashboardRequest>();
    expectTypeOf<
      v.InferOutput<typeof CustomerOperatingDashboardRequestSchema>
    >().toEqualTypeOf<CustomerOperatingDashboardRequest>();
  });
});
