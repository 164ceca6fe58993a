import { captureContractError, expectIssueAt } from '@cavra/contract-testkit';
import { describe, expect, it } from 'vitest';
import * as v1 from '../v1/index.js';
import * as v2 from './index.js';

const v1Statuses = {
  support_status: 'ready',
  customer_success_status: 'degraded',
  escalation_status: 'ready',
  health_review_status: 'ready',
  dashboard_status: 'blocked',
} as const;

/** A v1 request and its response as stored JSON, built by the v1 builders. */
function storedV1() {
  const request = v1.buildSupportHandoffReadinessRequest('tenant-acme', {
    support_tier: 'premium',
    required_checks: ['release_owner_acceptance', 'support_owner_assignment'],
  });
  const response = v1.buildSupportHandoffReadinessResponse(
    request,
    { ...v1Statuses, blockers: ['no EU on-call rotation'] },
    { status: 'accepted' },
  );
  return {
    request: JSON.parse(JSON.stringify(request)) as typeof request,
    response: JSON.parse(JSON.stringify(response)) as typeof response,
  };
}

describe('upgradeSupportHandoffReadinessV1ToV2 maps v1 documents to valid v2 documents', () => {
  it('changes only the schema_version of a request', () => {
    const { request } = storedV1();
    const upgraded = v2.upgradeSupportHandoffReadinessV1ToV2(request);
    expect(upgraded).toEqual({ ...request, schema_version: 'cavra.saas_control_plane.request.v2' });
    expect(v2.parseSupportHandoffReadinessRequest(upgraded)).toEqual(upgraded);
  });

  it('adds release_owner_status "unknown" after dashboard_status in a response', () => {
    const { response } = storedV1();
    const upgraded = v2.upgradeSupportHandoffReadinessV1ToV2(response);
    expect(upgraded.schema_version).toBe('cavra.saas_control_plane.response.v2');
    expect(upgraded.payload.summary).toEqual({
      ...response.payload.summary,
      release_owner_status: 'unknown',
    });
    const keys = Object.keys(upgraded.payload.summary);
    expect(keys.indexOf('release_owner_status')).toBe(keys.indexOf('dashboard_status') + 1);
    const { schema_version: _a, payload: upgradedPayload, ...upgradedRest } = upgraded;
    const { schema_version: _b, payload: originalPayload, ...originalRest } = response;
    expect(upgradedRest).toEqual(originalRest);
    expect(upgradedPayload.next_step).toBe(originalPayload.next_step);
    expect(v2.parseSupportHandoffReadinessResponse(upgraded)).toEqual(upgraded);
  });

  it('makes the upgraded response roll up as unknown for the release owner', () => {
    const { response } = storedV1();
    const rollup = v2.rollupSupportHandoffReadiness(
      v2.upgradeSupportHandoffReadinessV1ToV2(response).payload.summary,
    );
    expect(rollup.checks.at(-1)).toEqual({
      check: 'release_owner_acceptance',
      field: 'release_owner_status',
      status: 'unknown',
    });
    expect(rollup.status).toBe('blocked');
  });

  it('returns a v2 document as the v2 parser gives it', () => {
    const request = v2.buildSupportHandoffReadinessRequest('tenant-acme');
    expect(v2.upgradeSupportHandoffReadinessV1ToV2(request)).toEqual(request);
  });

  it('rejects an invalid v1 document with the v1 parser’s issues', () => {
    const { response } = storedV1();
    const broken = {
      ...response,
      payload: { ...response.payload, summary: { ...response.payload.summary, extra: 1 } },
    };
    const error = captureContractError(() => v2.upgradeSupportHandoffReadinessV1ToV2(broken));
    expect(expectIssueAt(error, 'payload.summary.extra').rule).toBe('unknown_key');
  });

  it('rejects anything that is no document of a published version, naming schema_version', () => {
    for (const value of [
      null,
      'text',
      [],
      {},
      { ...storedV1().request, schema_version: 'cavra.saas_control_plane.request.v3' },
    ]) {
      const error = captureContractError(() => v2.upgradeSupportHandoffReadinessV1ToV2(value));
      expect(expectIssueAt(error, 'schema_version').rule).toBe('schema_version');
    }
  });
});
