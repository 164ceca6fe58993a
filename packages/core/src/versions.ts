import { type SchemaVersions, V1 } from './v1/versions.js';
import { V2 } from './v2/versions.js';

/** The two documents of an operation: the request and the response to it. */
export type DocumentKind = 'request' | 'response';

/** The document kinds, request first. */
export const DOCUMENT_KINDS: readonly DocumentKind[] = Object.freeze(['request', 'response']);

/**
 * Every published wire format, oldest first: the one table document recognition reads.
 * A new schema version adds its folder (`src/v2/`) and one entry here.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersions[] = Object.freeze([V1, V2]);

/** The `schema_version` each kind of document carries in wire format v1. */
export const DOCUMENT_SCHEMA_VERSIONS: {
  readonly request: typeof V1.request;
  readonly response: typeof V1.response;
} = Object.freeze({ request: V1.request, response: V1.response });

/**
 * Tells which kind of document a `schema_version` labels, in any published version.
 *
 * @param schemaVersion Any value, e.g. the `schema_version` of an untrusted document.
 * @returns `request` or `response`, or `null` for anything but a published version.
 */
export function documentKindOf(schemaVersion: unknown): DocumentKind | null {
  for (const versions of SCHEMA_VERSIONS) {
    if (schemaVersion === versions.request) return 'request';
    if (schemaVersion === versions.response) return 'response';
  }
  return null;
}

/**
 * The short name of a wire format (`v1`, `v2`): the last part of its schema version strings.
 *
 * @param versions The schema versions of one wire format.
 * @returns The tag, e.g. `v2` for `cavra.saas_control_plane.request.v2`.
 */
export function versionTagOf(versions: SchemaVersions): string {
  return versions.request.slice(versions.request.lastIndexOf('.') + 1);
}
