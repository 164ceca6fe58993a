import {
  buildSupportHandoffReadinessRequest,
  buildSupportHandoffReadinessResponse,
  checkDocument,
  documentCheckJson,
  PUBLISHED_CONTRACTS,
  SUPPORT_HANDOFF_READINESS_STATUS_FIELDS,
} from '@cavra/contracts';
import { REQUEST_SCHEMA_VERSION, RESPONSE_SCHEMA_VERSION, V1, V2 } from '@cavra/contracts-core';
import { describe, expect, it } from 'vitest';
import { unreadableVerdict, validateDocument } from './validate-document.js';

const request = buildSupportHandoffReadinessRequest('tenant-acme');
const summary = Object.fromEntries(
  SUPPORT_HANDOFF_READINESS_STATUS_FIELDS.map((field) => [field, 'degraded']),
) as Record<(typeof SUPPORT_HANDOFF_READINESS_STATUS_FIELDS)[number], 'degraded'>;

describe('validateDocument picks the contract from schema_version and operation', () => {
  it('accepts a valid request and a valid response', () => {
    expect(validateDocument(request)).toEqual({
      valid: true,
      kind: 'request',
      operation: 'support_handoff_readiness',
      schema_version: V2.request,
      issues: [],
    });
    expect(validateDocument(buildSupportHandoffReadinessResponse(request, summary))).toEqual({
      valid: true,
      kind: 'response',
      operation: 'support_handoff_readiness',
      schema_version: V2.response,
      issues: [],
    });
  });

  it('accepts the documents of an older published version, naming that version', () => {
    const v1 = PUBLISHED_CONTRACTS.find(
      (contract) =>
        contract.spec.operation === 'support_handoff_readiness' &&
        contract.declaration.versions === V1,
    );
    const v1Request = v1?.buildRequest('tenant-acme');
    const { release_owner_status: _, ...v1Summary } = summary;
    const v1Response = v1?.buildResponse(v1Request, v1Summary);
    const verdictOf = (kind: string, schema_version: string) => ({
      valid: true,
      kind,
      operation: 'support_handoff_readiness',
      schema_version,
      issues: [],
    });
    expect(validateDocument(v1Request)).toEqual(verdictOf('request', V1.request));
    expect(validateDocument(v1Response)).toEqual(verdictOf('response', V1.response));
    expect(validateDocument({ request: v1Request, response: v1Response })).toEqual(
      verdictOf('pair', V1.request),
    );
    expect(validateDocument({ ...(v1Request as object), schema_version: V2.request })).toEqual(
      verdictOf('request', V2.request),
    );
  });

  it("refuses a pair whose response is not in its request's version", () => {
    const response = buildSupportHandoffReadinessResponse(request, summary);
    const v1Request = { ...request, schema_version: V1.request };
    expect(validateDocument({ request: v1Request, response })).toEqual({
      valid: false,
      kind: 'pair',
      operation: 'support_handoff_readiness',
      schema_version: V1.request,
      issues: [
        {
          path: 'response.schema_version',
          message: "response must answer in the request's schema version",
          rule: 'pair',
        },
      ],
    });
  });

  it('accepts a {request, response} pair, as the CLI does, labelled with the request version', () => {
    const response = buildSupportHandoffReadinessResponse(request, summary);
    expect(validateDocument({ request, response })).toEqual({
      valid: true,
      kind: 'pair',
      operation: 'support_handoff_readiness',
      schema_version: V2.request,
      issues: [],
    });
  });

  it('gives checkDocument of @cavra/contracts verdict, the one the CLI prints, for every input', () => {
    const response = buildSupportHandoffReadinessResponse(request, summary);
    const inputs: unknown[] = [
      request,
      response,
      { request, response },
      { request, response: { ...response, correlation_id: 'saas-000000000000' } },
      { ...request, tenant_id: '' },
      [request],
      'text',
      null,
      { schema_version: 'v0', operation: 'x' },
    ];
    for (const input of inputs) {
      expect(validateDocument(input)).toEqual(
        documentCheckJson(checkDocument(PUBLISHED_CONTRACTS, input)),
      );
    }
  });

  it('lays out a body that is not JSON in the same shape, rule malformed_json', () => {
    expect(unreadableVerdict('request body is not valid JSON (line 1, column 7)')).toEqual({
      valid: false,
      kind: null,
      operation: null,
      schema_version: null,
      issues: [
        {
          path: '',
          message: 'request body is not valid JSON (line 1, column 7)',
          rule: 'malformed_json',
        },
      ],
    });
  });

  it('judges a request labelled as a response by the response contract', () => {
    const verdict = validateDocument({ ...request, schema_version: RESPONSE_SCHEMA_VERSION });
    expect(verdict).toMatchObject({ valid: false, kind: 'response' });
    expect(verdict.valid ? [] : verdict.issues.map((issue) => issue.path)).toContain('message');
  });

  it('reports an unknown schema version and operation, keeping what is known', () => {
    const verdict = validateDocument({ ...request, schema_version: 'v0' });
    expect(verdict).toMatchObject({
      valid: false,
      kind: null,
      operation: 'support_handoff_readiness',
      schema_version: null,
    });
    const other = validateDocument({ ...request, operation: 'other' });
    expect(other).toMatchObject({ valid: false, kind: 'request', operation: null });
    expect(other.valid ? [] : other.issues).toEqual([
      {
        path: 'operation',
        message:
          'operation must be one of: customer_operating_dashboard, support_handoff_readiness, saas_operating_automation, saas_operating_automation_worker_handoff',
        rule: 'operation',
      },
    ]);
  });

  it('does not take an operation from the Object prototype', () => {
    const verdict = validateDocument({ ...request, operation: 'toString' });
    expect(verdict).toMatchObject({ valid: false, operation: null });
  });

  it('never throws, whatever it is given', () => {
    const cyclic: Record<string, unknown> = { schema_version: REQUEST_SCHEMA_VERSION };
    cyclic['self'] = cyclic;
    for (const input of [undefined, null, 0, 'x', [], cyclic, { __proto__: { a: 1 } }]) {
      expect(validateDocument(input).valid).toBe(false);
    }
  });
});
