import { ContractError, isRecord, V1, V2 } from '@cavra/contracts-core';
import {
  type SupportHandoffReadinessRequest as V1Request,
  type SupportHandoffReadinessResponse as V1Response,
  supportHandoffReadinessContract as v1,
} from '../v1/index.js';
// Used only inside functions, so the import cycle with the index is safe.
import {
  type SupportHandoffReadinessRequest as V2Request,
  type SupportHandoffReadinessResponse as V2Response,
  supportHandoffReadinessContract as v2,
} from './index.js';

/** A `support_handoff_readiness` request of any published schema version. */
export type SupportHandoffReadinessAnyRequest = V1Request | V2Request;
/** A `support_handoff_readiness` response of any published schema version. */
export type SupportHandoffReadinessAnyResponse = V1Response | V2Response;

/**
 * Maps a v1 `support_handoff_readiness` document to v2. A request changes only its
 * `schema_version`; a response also gains `release_owner_status: "unknown"`, since v1 never
 * reported the release owner's acceptance. The input is parsed strictly by the v1 parser and
 * the result by the v2 parser; a v2 document is parsed and returned as it is.
 *
 * @param document A v1 (or v2) request or response, e.g. `JSON.parse` of a stored document.
 * @returns The v2 document.
 * @throws {ContractError} when the document is no valid v1 or v2 document of this operation.
 *
 * @example
 * const upgraded = upgradeSupportHandoffReadinessV1ToV2(storedV1Response);
 * upgraded.payload.summary.release_owner_status; // 'unknown'
 */
export function upgradeSupportHandoffReadinessV1ToV2(document: V1Request | V2Request): V2Request;
export function upgradeSupportHandoffReadinessV1ToV2(document: V1Response | V2Response): V2Response;
export function upgradeSupportHandoffReadinessV1ToV2(document: unknown): V2Request | V2Response;
export function upgradeSupportHandoffReadinessV1ToV2(document: unknown): V2Request | V2Response {
  const schemaVersion = isRecord(document) ? document['schema_version'] : undefined;
  switch (schemaVersion) {
    case V1.request:
      return v2.parseRequest({ ...v1.parseRequest(document), schema_version: V2.request });
    case V1.response: {
      const response = v1.parseResponse(document);
      return v2.parseResponse({
        ...response,
        schema_version: V2.response,
        payload: {
          ...response.payload,
          summary: { ...response.payload.summary, release_owner_status: 'unknown' },
        },
      });
    }
    case V2.request:
      return v2.parseRequest(document);
    case V2.response:
      return v2.parseResponse(document);
    default:
      throw new ContractError('cannot upgrade a support_handoff_readiness document', [
        {
          path: 'schema_version',
          message: `schema_version must be ${V1.request}, ${V1.response}, ${V2.request} or ${V2.response}`,
          rule: 'schema_version',
        },
      ]);
  }
}
