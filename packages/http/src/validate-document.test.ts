import {
  buildSupportHandoffReadinessRequest,
  buildSupportHandoffReadinessResponse,
  PUBLISHED_CONTRACTS,
  SUPPORT_HANDOFF_READINESS_STATUS_FIELDS,
} from '@cavra/contracts';
import { REQUEST_SCHEMA_VERSION, RESPONSE_SCHEMA_VERSION, V1, V2 } from '@cavra/contracts-core';
import { describe, expect, it } from 'vitest';
import { validateDocument } from './validate-document.js';

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
    });
    expect(validateDocument(buildSupportHandoffReadinessResponse(request, summary))).toEqual({
      valid: true,
      kind: 'response',
      operation: 'support_handoff_readiness',
      schema_version: V2.response,
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
    expect(validateDocument(v1Request)).toEqual({
      valid: true,
      kind: 'request',
      operation: 'support_handoff_readiness',
      schema_version: V1.request,
    });
    expect(validateDocument(v1?.buildResponse(v1Request, v1Summary))).toEqual({
      valid: true,
      kind: 'response',
      operation: 'support_handoff_readiness',
      schema_version: V1.response,
    });
    expect(validateDocument({ ...(v1Request as object), schema_version: V2.request })).toEqual({
      valid: true,
      kind: 'request',
      operation: 'support_handoff_readiness',
      schema_version: V2.request,
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
          'operation must be one of: customer_operating_dashboard, support_handoff_readiness, saas_operating_automation',
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
