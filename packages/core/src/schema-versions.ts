/** Schema version carried by every request envelope of wire format v1. */
export const REQUEST_SCHEMA_VERSION = 'cavra.saas_control_plane.request.v1';

/** Schema version carried by every response envelope of wire format v1. */
export const RESPONSE_SCHEMA_VERSION = 'cavra.saas_control_plane.response.v1';

/** Version label of the public contract description document (`describe`). */
export const CONTRACT_SCHEMA_VERSION = 'cavra.saas_control_plane.contract.v1';

/** The request schema version as a type. */
export type RequestSchemaVersion = typeof REQUEST_SCHEMA_VERSION;

/** The response schema version as a type. */
export type ResponseSchemaVersion = typeof RESPONSE_SCHEMA_VERSION;

/** The contract description version as a type. */
export type ContractSchemaVersion = typeof CONTRACT_SCHEMA_VERSION;
