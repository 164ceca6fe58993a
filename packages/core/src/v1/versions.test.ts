import { describe, expect, it } from 'vitest';
import {
  CONTRACT_SCHEMA_VERSION,
  REQUEST_SCHEMA_VERSION,
  RESPONSE_SCHEMA_VERSION,
} from './versions.js';

describe('wire format v1 names its envelopes with fixed schema versions', () => {
  it('labels every request envelope cavra.saas_control_plane.request.v1', () => {
    expect(REQUEST_SCHEMA_VERSION).toBe('cavra.saas_control_plane.request.v1');
  });

  it('labels every response envelope cavra.saas_control_plane.response.v1', () => {
    expect(RESPONSE_SCHEMA_VERSION).toBe('cavra.saas_control_plane.response.v1');
  });

  it('labels the description document cavra.saas_control_plane.contract.v1', () => {
    expect(CONTRACT_SCHEMA_VERSION).toBe('cavra.saas_control_plane.contract.v1');
  });
});
