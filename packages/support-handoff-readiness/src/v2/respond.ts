import type { ReadinessStatus, ResponseOptions } from '@cavra/contracts-core';
import { isRecord, V1 } from '@cavra/contracts-core';
import {
  type SupportHandoffReadinessRequest as V1Request,
  type SupportHandoffReadinessResponse as V1Response,
  type SupportHandoffReadinessSummaryOptions as V1SummaryOptions,
  supportHandoffReadinessContract as v1,
} from '../v1/index.js';
// Used only inside functions, so the import cycle with the index is safe.
import {
  type SupportHandoffReadinessRequest as V2Request,
  type SupportHandoffReadinessResponse as V2Response,
  type SupportHandoffReadinessSummaryOptions as V2SummaryOptions,
  supportHandoffReadinessContract as v2,
} from './index.js';

/**
 * Builds the response to a `support_handoff_readiness` request in the request's own schema
 * version: a v1 request gets a v1 response, a v2 request a v2 response. A service that
 * evaluates the v2 summary answers both: for a v1 request `release_owner_status` is left
 * out, because v1 has no field for it.
 *
 * @param request A v1 or v2 request of this operation.
 * @param summary The statuses (`release_owner_status` required for a v2 request) and
 *   optionally the other summary fields.
 * @param options `status`, default `requires_private_service`.
 * @returns The response, in the request's schema version.
 * @throws {ContractError} for a request of another operation or version, an invalid summary, or secret material.
 *
 * @example
 * const response = respondToSupportHandoffReadiness(request, summary);
 * response.schema_version === request.schema_version.replace('request', 'response'); // true
 */
export function respondToSupportHandoffReadiness(
  request: V1Request,
  summary: V1SummaryOptions & { readonly release_owner_status?: ReadinessStatus },
  options?: ResponseOptions,
): V1Response;
export function respondToSupportHandoffReadiness(
  request: V2Request,
  summary: V2SummaryOptions,
  options?: ResponseOptions,
): V2Response;
export function respondToSupportHandoffReadiness(
  request: V1Request | V2Request,
  summary: V2SummaryOptions,
  options?: ResponseOptions,
): V1Response | V2Response;
export function respondToSupportHandoffReadiness(
  request: unknown,
  summary: object,
  options?: ResponseOptions,
): V1Response | V2Response {
  if (isRecord(request) && request['schema_version'] === V1.request) {
    const { release_owner_status: _, ...v1Summary } = isRecord(summary)
      ? summary
      : { release_owner_status: undefined };
    return v1.buildResponse(
      request as unknown as V1Request,
      v1Summary as V1SummaryOptions,
      options,
    );
  }
  return v2.buildResponse(request as V2Request, summary as V2SummaryOptions, options);
}
