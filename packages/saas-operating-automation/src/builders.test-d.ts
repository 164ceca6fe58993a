import type {
  AutomationStatus,
  ContractResult,
  RequestSchemaVersion,
  ResponseStatus,
} from '@cavra/contracts-core';
import type * as v from 'valibot';
import { describe, expectTypeOf, it } from 'vitest';
import {
  buildSaasOperatingAutomationRequest,
  buildSaasOperatingAutomationResponse,
  describeSaasOperatingAutomation,
  rollupSaasOperatingAutomation,
  SAAS_OPERATING_AUTOMATION_CHECKS,
  type SAAS_OPERATING_AUTOMATION_OVERALL_FIELD,
  type SaasOperatingAutomationCheck,
  type SaasOperatingAutomationRequest,
  type SaasOperatingAutomationRequestSchema,
  type SaasOperatingAutomationResponse,
  type SaasOperatingAutomationSummary,
  type SaasOperatingAutomationSummaryInput,
  safeParseSaasOperatingAutomationRequest,
} from './index.js';

const request = buildSaasOperatingAutomationRequest('tenant-acme');
const automated = {
  automation_status: 'automated',
  billing_monitoring_status: 'automated',
  license_telemetry_status: 'automated',
  support_followup_status: 'automated',
  customer_success_review_status: 'automated',
  dashboard_refresh_status: 'automated',
  escalation_drill_status: 'automated',
  closeout_retry_status: 'automated',
} as const;

describe('request builder options', () => {
  it('types required_checks as the check union, so a typo is a type error', () => {
    buildSaasOperatingAutomationRequest('tenant-acme', {
      required_checks: ['closeout_retry', 'billing_monitoring'],
    });
    buildSaasOperatingAutomationRequest('tenant-acme', {
      // @ts-expect-error a misspelt check
      required_checks: ['support_follow_up'],
    });
    buildSaasOperatingAutomationRequest('tenant-acme', {
      // @ts-expect-error the overall field is no check
      required_checks: ['automation_status'],
    });
  });

  it('accepts read-only lists such as the exported checks', () => {
    buildSaasOperatingAutomationRequest('tenant-acme', {
      required_checks: SAAS_OPERATING_AUTOMATION_CHECKS,
    });
  });

  it('takes the wire names only, with their value types', () => {
    buildSaasOperatingAutomationRequest('tenant-acme', {
      requested_by: 'ops',
      correlation_id: 'saas-0123456789ab',
      automation_scope: 'trial-to-paid-customer-scale',
      automation_cadence: 'hourly',
      automation_boundary: 'Our boundary.',
    });
    // @ts-expect-error camelCase is not a wire name
    buildSaasOperatingAutomationRequest('tenant-acme', { automationCadence: 'hourly' });
    // @ts-expect-error automation_cadence is a string
    buildSaasOperatingAutomationRequest('tenant-acme', { automation_cadence: 24 });
  });
});

describe('response builder', () => {
  it('requires automation_status and the seven statuses from the automation vocabulary', () => {
    buildSaasOperatingAutomationResponse(request, automated);
    const { automation_status: _overall, ...checksOnly } = automated;
    // @ts-expect-error automation_status is required
    buildSaasOperatingAutomationResponse(request, checksOnly);
    // @ts-expect-error a readiness-only status
    buildSaasOperatingAutomationResponse(request, { ...automated, automation_status: 'degraded' });
  });

  it('takes a response status', () => {
    buildSaasOperatingAutomationResponse(request, automated, { status: 'accepted' });
    // @ts-expect-error a summary status is not a response status
    buildSaasOperatingAutomationResponse(request, automated, { status: 'scheduled' });
  });
});

describe('inferred types', () => {
  it('gives the envelope literal types', () => {
    expectTypeOf(request.operation).toEqualTypeOf<'saas_operating_automation'>();
    expectTypeOf(request.schema_version).toEqualTypeOf<RequestSchemaVersion>();
    expectTypeOf(request.payload.required_checks).toEqualTypeOf<SaasOperatingAutomationCheck[]>();
    expectTypeOf(request.payload.automation_cadence).toEqualTypeOf<string>();
  });

  it('types the summary with the automation vocabulary', () => {
    expectTypeOf<
      SaasOperatingAutomationSummary['automation_status']
    >().toEqualTypeOf<AutomationStatus>();
    expectTypeOf<
      SaasOperatingAutomationSummary['closeout_retry_status']
    >().toEqualTypeOf<AutomationStatus>();
    expectTypeOf<
      typeof SAAS_OPERATING_AUTOMATION_OVERALL_FIELD
    >().toEqualTypeOf<'automation_status'>();
    expectTypeOf<
      { tenant_id: string } & typeof automated
    >().toExtend<SaasOperatingAutomationSummaryInput>();
  });

  it('types the response, safe-parse results, rollup and description', () => {
    const response = buildSaasOperatingAutomationResponse(request, automated);
    expectTypeOf(response).toEqualTypeOf<SaasOperatingAutomationResponse>();
    expectTypeOf(response.status).toEqualTypeOf<ResponseStatus>();
    const result = safeParseSaasOperatingAutomationRequest(JSON.parse('{}'));
    expectTypeOf(result).toEqualTypeOf<ContractResult<SaasOperatingAutomationRequest>>();
    const rollup = rollupSaasOperatingAutomation({ ...automated, tenant_id: 'tenant-acme' });
    expectTypeOf(rollup.status).toEqualTypeOf<AutomationStatus>();
    expectTypeOf(
      describeSaasOperatingAutomation().operation,
    ).toEqualTypeOf<'saas_operating_automation'>();
  });

  it('infers the same request type through the Standard Schema interface', () => {
    type Output = NonNullable<
      (typeof SaasOperatingAutomationRequestSchema)['~standard']['types']
    >['output'];
    expectTypeOf<Output>().toEqualTypeOf<SaasOperatingAutomationRequest>();
    expectTypeOf<
      v.InferOutput<typeof SaasOperatingAutomationRequestSchema>
    >().toEqualTypeOf<SaasOperatingAutomationRequest>();
  });
});
