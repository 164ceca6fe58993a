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

/** The schema versions of one wire format: what its requests, responses and descriptions carry. */
export interface SchemaVersions {
  /** The `schema_version` of a request. */
  readonly request: string;
  /** The `schema_version` of a response. */
  readonly response: string;
  /** The `contract_version` of a description. */
  readonly contract: string;
}

/** The schema versions of wire format v1. */
export const V1 = Object.freeze({
  request: REQUEST_SCHEMA_VERSION,
  response: RESPONSE_SCHEMA_VERSION,
  contract: CONTRACT_SCHEMA_VERSION,
} as const) satisfies SchemaVersions;
