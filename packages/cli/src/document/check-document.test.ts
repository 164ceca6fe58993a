import {
  buildSupportHandoffReadinessRequest,
  buildSupportHandoffReadinessResponse,
  supportHandoffReadinessContract,
} from '@cavra/contracts';
import { REQUEST_SCHEMA_VERSION, RESPONSE_SCHEMA_VERSION, V2 } from '@cavra/contracts-core';
import { describe, expect, it } from 'vitest';
import { tokenShapedValue } from '../testing/run-bin.js';
import { checkDocument } from './check-document.js';

const request = buildSupportHandoffReadinessRequest('tenant-acme');
const response = buildSupportHandoffReadinessResponse(request, {
  support_status: 'ready',
  customer_success_status: 'ready',
  escalation_status: 'blocked',
  health_review_status: 'ready',
  dashboard_status: 'degraded',
  release_owner_status: 'ready',
});
const OPERATION_ISSUE =
  'operation must be one of: customer_operating_dashboard, support_handoff_readiness, saas_operating_automation';

describe('checkDocument recognises a request, a response or a pair', () => {
  it('returns the parsed request or response with the contract that judged it', () => {
    expect(checkDocument(request)).toEqual({
      valid: true,
      kind: 'request',
      contract: supportHandoffReadinessContract,
      issues: [],
      request,
      response: null,
    });
    expect(checkDocument(response)).toMatchObject({
      valid: true,
      kind: 'response',
      contract: supportHandoffReadinessContract,
      request: null,
      response,
    });
  });

  it('accepts a pair whose halves agree', () => {
    expect(checkDocument({ request, response })).toEqual({
      valid: true,
      kind: 'pair',
      contract: supportHandoffReadinessContract,
      issues: [],
      request,
      response,
    });
  });

  it('places the issues of each half of a pair under its key', () => {
    const check = checkDocument({
      request: { ...request, operation: 'other' },
      response: { ...response, schema_version: 'v0' },
    });
    expect(check).toMatchObject({ valid: false, kind: 'pair', request: null, response: null });
    expect(check.issues).toEqual([
      { path: 'request.operation', message: OPERATION_ISSUE, rule: 'operation' },
      {
        path: 'response.schema_version',
        message: `schema_version must be ${REQUEST_SCHEMA_VERSION}, ${RESPONSE_SCHEMA_VERSION}, ${V2.request} or ${V2.response}`,
        rule: 'schema_version',
      },
    ]);
  });

  it('names the halves that disagree', () => {
    const other = buildSupportHandoffReadinessResponse(
      buildSupportHandoffReadinessRequest('tenant-other'),
      { ...response.payload.summary, tenant_id: 'tenant-other' },
    );
    const check = checkDocument({ request, response: other });
    expect(check.issues.map((issue) => [issue.path, issue.rule])).toEqual([
      ['response.correlation_id', 'pair'],
      ['response.payload.summary.tenant_id', 'pair'],
    ]);
  });

  it('reports only the guard for a flagged document, keeping what it recognised', () => {
    const token = tokenShapedValue();
    const check = checkDocument({ ...request, operation: 'other', requested_by: token });
    expect(check).toMatchObject({ valid: false, kind: 'request', contract: null });
    expect(check.issues.map((issue) => issue.path)).toEqual(['requested_by']);
    expect(JSON.stringify(check.issues)).not.toContain(token);
  });

  it('refuses a value that is not an object, after the guard', () => {
    for (const value of [null, 1, 'text', [request]]) {
      const check = checkDocument(value);
      expect(check).toMatchObject({ valid: false, kind: null, contract: null });
      expect(check.issues.at(-1)?.rule).toBe('document');
    }
  });
});
