import { describe, expect, it } from 'vitest';
import { V1 } from '../v1/versions.js';
import { V2 } from './versions.js';

describe('wire format v2 names its documents with their own schema versions', () => {
  it('labels requests, responses and descriptions .v2', () => {
    expect(V2).toEqual({
      request: 'cavra.saas_control_plane.request.v2',
      response: 'cavra.saas_control_plane.response.v2',
      contract: 'cavra.saas_control_plane.contract.v2',
    });
    expect(Object.isFrozen(V2)).toBe(true);
  });

  it('shares no version string with v1', () => {
    for (const value of Object.values(V2)) expect(Object.values(V1)).not.toContain(value);
  });
});
