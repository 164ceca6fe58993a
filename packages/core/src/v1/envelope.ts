import * as v from 'valibot';
import { CorrelationIdSchema } from '../correlation-id.js';
import { DEFAULT_REQUESTED_BY, IdentifierSchema } from '../identifier.js';
import { TextSchema } from '../text.js';
import { ResponseStatusSchema } from '../vocabulary/status-schemas.js';
import { DEFAULT_RESPONSE_STATUS } from '../vocabulary/statuses.js';
import { REQUEST_SCHEMA_VERSION, RESPONSE_SCHEMA_VERSION } from './versions.js';

/**
 * Builds the strict request envelope schema of one operation. A later schema version that
 * keeps the v1 envelope passes its own version string.
 *
 * @param operation The operation name, kept as a literal type.
 * @param payload The strict schema of the operation's request payload.
 * @param schemaVersion The `schema_version` the request carries; default v1's.
 * @returns The request schema.
 */
// @__NO_SIDE_EFFECTS__
export function createRequestSchema<
  const TOperation extends string,
  TPayload extends v.GenericSchema,
  const TVersion extends string = typeof REQUEST_SCHEMA_VERSION,
>(operation: TOperation, payload: TPayload, schemaVersion?: TVersion) {
  return v.strictObject({
    schema_version: v.literal((schemaVersion ?? REQUEST_SCHEMA_VERSION) as TVersion),
    operation: v.literal(operation),
    tenant_id: IdentifierSchema,
    requested_by: v.optional(IdentifierSchema, DEFAULT_REQUESTED_BY),
    correlation_id: CorrelationIdSchema,
    private_implementation_required: v.literal(true),
    payload,
  });
}

/**
 * Builds the strict response envelope schema of one operation.
 *
 * @param operation The operation name, kept as a literal type.
 * @param summary The strict schema of the operation's summary.
 * @param privateModules The operation's private modules; the response lists only these.
 * @param schemaVersion The `schema_version` the response carries; default v1's.
 * @returns The response schema.
 */
// @__NO_SIDE_EFFECTS__
export function createResponseSchema<
  const TOperation extends string,
  TSummary extends v.GenericSchema,
  const TModule extends string,
  const TVersion extends string = typeof RESPONSE_SCHEMA_VERSION,
>(
  operation: TOperation,
  summary: TSummary,
  privateModules: readonly TModule[],
  schemaVersion?: TVersion,
) {
  return v.strictObject({
    schema_version: v.literal((schemaVersion ?? RESPONSE_SCHEMA_VERSION) as TVersion),
    operation: v.literal(operation),
    status: v.optional(ResponseStatusSchema, DEFAULT_RESPONSE_STATUS),
    message: TextSchema,
    correlation_id: CorrelationIdSchema,
    private_implementation_required: v.literal(true),
    payload: v.strictObject({
      summary,
      private_modules_required: v.pipe(
        v.array(v.picklist(privateModules, `must be one of: ${privateModules.join(', ')}`)),
        v.nonEmpty('must name at least one private module'),
      ),
      next_step: TextSchema,
    }),
  });
}
