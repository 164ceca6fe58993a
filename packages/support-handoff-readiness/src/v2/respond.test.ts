import { captureContractError, expectIssueAt } from '@cavra/contract-testkit';
import { describe, expect, it } from 'vitest';
import * as v1 from '../v1/index.js';
import * as v2 from './index.js';

const summary = {
  support_status: 'ready',
  customer_success_status: 'ready',
  escalation_status: 'degraded',
  health_review_status: 'ready',
  dashboard_status: 'ready',
  release_owner_status: 'blocked',
} as const;

describe('respondToSupportHandoffReadiness answers in the request’s version', () => {
  it('answers a v2 request with a v2 response carrying release_owner_status', () => {
    const request = v2.buildSupportHandoffReadinessRequest('tenant-acme');
    const response = v2.respondToSupportHandoffReadiness(request, summary);
    expect(response.schema_version).toBe('cavra.saas_control_plane.response.v2');
    expect(response.payload.summary.release_owner_status).toBe('blocked');
    expect(response.correlation_id).toBe(request.correlation_id);
    expect(v2.parseSupportHandoffReadinessResponse(response)).toEqual(response);
  });

  it('answers a v1 request with a v1 response, leaving release_owner_status out', () => {
    const request = v1.buildSupportHandoffReadinessRequest('tenant-acme');
    const response = v2.respondToSupportHandoffReadiness(request, summary, { status: 'accepted' });
    expect(response.schema_version).toBe('cavra.saas_control_plane.response.v1');
    expect(response.status).toBe('accepted');
    expect('release_owner_status' in response.payload.summary).toBe(false);
    expect(v1.parseSupportHandoffReadinessResponse(response)).toEqual(response);
  });

  it('answers a v1 request given a v1 summary', () => {
    const request = v1.buildSupportHandoffReadinessRequest('tenant-acme');
    const { release_owner_status: _, ...v1Summary } = summary;
    expect(v2.respondToSupportHandoffReadiness(request, v1Summary).schema_version).toBe(
      'cavra.saas_control_plane.response.v1',
    );
  });

  it('requires release_owner_status for a v2 request', () => {
    const request = v2.buildSupportHandoffReadinessRequest('tenant-acme');
    const { release_owner_status: _, ...v1Summary } = summary;
    const error = captureContractError(() =>
      v2.respondToSupportHandoffReadiness(request, v1Summary as never),
    );
    expect(expectIssueAt(error, 'payload.summary.release_owner_status').rule).toBe('required');
  });

  it('rejects a request of another operation or an unpublished version', () => {
    const request = v2.buildSupportHandoffReadinessRequest('tenant-acme');
    const other = captureContractError(() =>
      v2.respondToSupportHandoffReadiness(
        { ...request, operation: 'saas_operating_automation' } as never,
        summary,
      ),
    );
    expect(expectIssueAt(other, 'operation').rule).toBe('operation_mismatch');
    const unpublished = captureContractError(() =>
      v2.respondToSupportHandoffReadiness(
        { ...request, schema_version: 'cavra.saas_control_plane.request.v3' } as never,
        summary,
      ),
    );
    expect(expectIssueAt(unpublished, 'schema_version').rule).toBe('literal');
  });
});
