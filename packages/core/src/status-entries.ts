import type * as v from 'valibot';

/**
 * Builds the object entries of a summary's status fields, each with the same status schema.
 *
 * @param fields The status field names.
 * @param schema The status schema (readiness or automation).
 * @returns Entries to spread into a `v.strictObject`.
 */
// @__NO_SIDE_EFFECTS__
export function statusEntries<const TField extends string, TSchema extends v.GenericSchema>(
  fields: readonly TField[],
  schema: TSchema,
): { readonly [K in TField]: TSchema } {
  return Object.fromEntries(fields.map((field) => [field, schema])) as {
    readonly [K in TField]: TSchema;
  };
}
