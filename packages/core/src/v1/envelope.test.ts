import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { valibotIssuesToContract } from '../validation/issues.js';
import { createRequestSchema, createResponseSchema } from './envelope.js';
import { REQUEST_SCHEMA_VERSION, RESPONSE_SCHEMA_VERSION } from './versions.js';

const PayloadSchema = v.strictObject({ probe_scope: v.optional(v.string(), 'probe-scope') });
const SummarySchema = v.strictObject({ tenant_id: v.string() });
const RequestSchema = createRequestSchema('probe_readiness', PayloadSchema);
const ResponseSchema = createResponseSchema('probe_readiness', SummarySchema, [
  'alpha module',
  'beta module',
]);

const request = () => ({
  schema_version: REQUEST_SCHEMA_VERSION,
  operation: 'probe_readiness',
  tenant_id: 'tenant-a',
  requested_by: 'ops-bot',
  correlation_id: 'saas-0123456789ab',
  private_implementation_required: true,
  payload: { probe_scope: 'eu-west' },
});

const response = () => ({
  schema_version: RESPONSE_SCHEMA_VERSION,
  operation: 'probe_readiness',
  status: 'accepted',
  message: 'Accepted.',
  correlation_id: 'saas-0123456789ab',
  private_implementation_required: true,
  payload: {
    summary: { tenant_id: 'tenant-a' },
    private_modules_required: ['alpha module'],
    next_step: 'Wait.',
  },
});

/** The JSON paths and rules of the issues, or `[]` when the input is accepted. */
function problems(schema: v.GenericSchema, input: unknown): Array<[string, string | undefined]> {
  const result = v.safeParse(schema, input);
  if (result.success) return [];
  return valibotIssuesToContract(result.issues).map((issue) => [issue.path, issue.rule]);
}

describe('the request envelope schema is strict and carries the operation literal', () => {
  it('accepts a complete request unchanged', () => {
    expect(v.parse(RequestSchema, request())).toEqual(request());
  });

  it('defaults requested_by to community', () => {
    const { requested_by: _, ...rest } = request();
    expect(v.parse(RequestSchema, rest).requested_by).toBe('community');
  });

  it('rejects unknown keys at the top level and in the payload', () => {
    expect(problems(RequestSchema, { ...request(), extra: 1 })).toEqual([['extra', 'unknown_key']]);
    expect(
      problems(RequestSchema, { ...request(), payload: { probe_scope: 'x', extra: 1 } }),
    ).toEqual([['payload.extra', 'unknown_key']]);
  });

  it('accepts only the request schema version', () => {
    expect(
      problems(RequestSchema, { ...request(), schema_version: RESPONSE_SCHEMA_VERSION }),
    ).toEqual([['schema_version', 'literal']]);
    expect(
      problems(RequestSchema, {
        ...request(),
        schema_version: 'cavra.saas_control_plane.request.v2',
      }),
    ).toEqual([['schema_version', 'literal']]);
  });

  it('accepts only its own operation', () => {
    expect(problems(RequestSchema, { ...request(), operation: 'other_operation' })).toEqual([
      ['operation', 'literal'],
    ]);
  });

  it('requires private_implementation_required to be the literal true', () => {
    for (const flag of [false, 'true', 1]) {
      expect(
        problems(RequestSchema, { ...request(), private_implementation_required: flag }),
      ).toEqual([['private_implementation_required', 'literal']]);
    }
    const { private_implementation_required: _, ...rest } = request();
    expect(problems(RequestSchema, rest)).toEqual([
      ['private_implementation_required', 'required'],
    ]);
  });

  it('validates tenant_id and requested_by as identifiers and trims them', () => {
    const parsed = v.parse(RequestSchema, { ...request(), tenant_id: ' a ', requested_by: ' b ' });
    expect([parsed.tenant_id, parsed.requested_by]).toEqual(['a', 'b']);
    expect(problems(RequestSchema, { ...request(), tenant_id: '' })).toEqual([
      ['tenant_id', 'non_empty'],
    ]);
    expect(problems(RequestSchema, { ...request(), requested_by: 'x'.repeat(129) })).toEqual([
      ['requested_by', 'max_length'],
    ]);
  });

  it('requires a well-formed correlation id', () => {
    expect(problems(RequestSchema, { ...request(), correlation_id: 'saas-XYZ' })).toEqual([
      ['correlation_id', 'regex'],
    ]);
  });

  it('requires every envelope key but requested_by', () => {
    expect(problems(RequestSchema, {}).map(([path]) => path)).toEqual([
      'schema_version',
      'operation',
      'tenant_id',
      'correlation_id',
      'private_implementation_required',
      'payload',
    ]);
  });

  it('lists the envelope keys in wire order', () => {
    expect(Object.keys(RequestSchema.entries)).toEqual([
      'schema_version',
      'operation',
      'tenant_id',
      'requested_by',
      'correlation_id',
      'private_implementation_required',
      'payload',
    ]);
  });
});

describe('the response envelope schema is strict and defaults its status', () => {
  it('accepts a complete response unchanged', () => {
    expect(v.parse(ResponseSchema, response())).toEqual(response());
  });

  it('defaults status to requires_private_service', () => {
    const { status: _, ...rest } = response();
    expect(v.parse(ResponseSchema, rest).status).toBe('requires_private_service');
  });

  it('accepts only the response statuses', () => {
    for (const status of ['accepted', 'unavailable', 'requires_private_service']) {
      expect(problems(ResponseSchema, { ...response(), status })).toEqual([]);
    }
    expect(problems(ResponseSchema, { ...response(), status: 'done' })).toEqual([
      ['status', 'picklist'],
    ]);
  });

  it('accepts only the response schema version and its own operation', () => {
    expect(
      problems(ResponseSchema, { ...response(), schema_version: REQUEST_SCHEMA_VERSION }),
    ).toEqual([['schema_version', 'literal']]);
    expect(problems(ResponseSchema, { ...response(), operation: 'other' })).toEqual([
      ['operation', 'literal'],
    ]);
  });

  it('requires private_implementation_required to be the literal true', () => {
    expect(
      problems(ResponseSchema, { ...response(), private_implementation_required: false }),
    ).toEqual([['private_implementation_required', 'literal']]);
  });

  it('rejects unknown keys in the envelope, the payload and the summary', () => {
    const base = response();
    expect(problems(ResponseSchema, { ...base, extra: 1 })).toEqual([['extra', 'unknown_key']]);
    expect(problems(ResponseSchema, { ...base, payload: { ...base.payload, extra: 1 } })).toEqual([
      ['payload.extra', 'unknown_key'],
    ]);
    expect(
      problems(ResponseSchema, {
        ...base,
        payload: { ...base.payload, summary: { tenant_id: 't', extra: 1 } },
      }),
    ).toEqual([['payload.summary.extra', 'unknown_key']]);
  });

  it('lists only the operation’s private modules, at least one', () => {
    const base = response();
    const withModules = (modules: unknown) => ({
      ...base,
      payload: { ...base.payload, private_modules_required: modules },
    });
    expect(problems(ResponseSchema, withModules(['beta module', 'alpha module']))).toEqual([]);
    expect(problems(ResponseSchema, withModules(['alpha module', 'gamma module']))).toEqual([
      ['payload.private_modules_required[1]', 'picklist'],
    ]);
    expect(problems(ResponseSchema, withModules([]))).toEqual([
      ['payload.private_modules_required', 'non_empty'],
    ]);
  });

  it('requires a message and a next step of bounded text', () => {
    const base = response();
    expect(problems(ResponseSchema, { ...base, message: '' })).toEqual([['message', 'non_empty']]);
    expect(
      problems(ResponseSchema, {
        ...base,
        payload: { ...base.payload, next_step: 'x'.repeat(2001) },
      }),
    ).toEqual([['payload.next_step', 'max_length']]);
  });

  it('lists the envelope keys in wire order', () => {
    expect(Object.keys(ResponseSchema.entries)).toEqual([
      'schema_version',
      'operation',
      'status',
      'message',
      'correlation_id',
      'private_implementation_required',
      'payload',
    ]);
  });
});
