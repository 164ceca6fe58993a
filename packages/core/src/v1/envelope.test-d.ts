import * as v from 'valibot';
import { describe, expectTypeOf, it } from 'vitest';
import type { ResponseStatus } from '../vocabulary/statuses.js';
import { createRequestSchema, createResponseSchema } from './envelope.js';

const PayloadSchema = v.strictObject({ probe_scope: v.optional(v.string(), 'probe-scope') });
const SummarySchema = v.strictObject({ tenant_id: v.string() });
const RequestSchema = createRequestSchema('probe_readiness', PayloadSchema);
const ResponseSchema = createResponseSchema('probe_readiness', SummarySchema, ['alpha module']);

type Request = v.InferOutput<typeof RequestSchema>;
type RequestInput = v.InferInput<typeof RequestSchema>;
type Response = v.InferOutput<typeof ResponseSchema>;

describe('createRequestSchema keeps the operation and version literals in its output type', () => {
  it('types operation as the given literal, not string', () => {
    expectTypeOf<Request['operation']>().toEqualTypeOf<'probe_readiness'>();
  });

  it('types schema_version and private_implementation_required as literals', () => {
    expectTypeOf<
      Request['schema_version']
    >().toEqualTypeOf<'cavra.saas_control_plane.request.v1'>();
    expectTypeOf<Request['private_implementation_required']>().toEqualTypeOf<true>();
  });

  it('makes requested_by optional on input and present on output', () => {
    expectTypeOf<RequestInput>().toHaveProperty('requested_by');
    expectTypeOf<{
      schema_version: 'cavra.saas_control_plane.request.v1';
      operation: 'probe_readiness';
      tenant_id: string;
      correlation_id: string;
      private_implementation_required: true;
      payload: { probe_scope?: string };
    }>().toExtend<RequestInput>();
    expectTypeOf<Request['requested_by']>().toEqualTypeOf<string>();
  });

  it('types the payload with the payload schema’s output', () => {
    expectTypeOf<Request['payload']>().toEqualTypeOf<{ probe_scope: string }>();
  });
});

describe('createResponseSchema keeps the operation literal and the response statuses', () => {
  it('types operation, schema_version and status', () => {
    expectTypeOf<Response['operation']>().toEqualTypeOf<'probe_readiness'>();
    expectTypeOf<
      Response['schema_version']
    >().toEqualTypeOf<'cavra.saas_control_plane.response.v1'>();
    expectTypeOf<Response['status']>().toEqualTypeOf<ResponseStatus>();
  });

  it('types the payload with the summary, the module literals and the next step', () => {
    expectTypeOf<Response['payload']>().toEqualTypeOf<{
      summary: { tenant_id: string };
      private_modules_required: 'alpha module'[];
      next_step: string;
    }>();
  });
});
