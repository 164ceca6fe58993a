import type { SchemaVersions } from '../v1/versions.js';

/**
 * The schema versions of wire format v2. Only the operations that changed publish a v2
 * (`support_handoff_readiness`); the envelope is v1's with these version strings.
 */
export const V2 = Object.freeze({
  request: 'cavra.saas_control_plane.request.v2',
  response: 'cavra.saas_control_plane.response.v2',
  contract: 'cavra.saas_control_plane.contract.v2',
} as const) satisfies SchemaVersions;
