import {
  REQUEST_SCHEMA_VERSION,
  RESPONSE_SCHEMA_VERSION,
  type RequestSchemaVersion,
  type ResponseSchemaVersion,
} from './schema-versions.js';

/** The two documents of an operation: the request and the response to it. */
export type DocumentKind = 'request' | 'response';

/** The document kinds, request first. */
export const DOCUMENT_KINDS: readonly DocumentKind[] = Object.freeze(['request', 'response']);

/** The `schema_version` each kind of document carries. */
export const DOCUMENT_SCHEMA_VERSIONS: {
  readonly request: RequestSchemaVersion;
  readonly response: ResponseSchemaVersion;
} = Object.freeze({ request: REQUEST_SCHEMA_VERSION, response: RESPONSE_SCHEMA_VERSION });

/**
 * Tells which kind of document a `schema_version` labels.
 *
 * @param schemaVersion Any value, e.g. the `schema_version` of an untrusted document.
 * @returns `request` or `response`, or `null` for anything but one of the two v1 versions.
 */
export function documentKindOf(schemaVersion: unknown): DocumentKind | null {
  if (schemaVersion === REQUEST_SCHEMA_VERSION) return 'request';
  if (schemaVersion === RESPONSE_SCHEMA_VERSION) return 'response';
  return null;
}
