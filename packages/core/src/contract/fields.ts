import * as v from 'valibot';
import { IdentifierSchema } from '../identifier.js';
import { BlockersSchema, LabelSchema, TextSchema } from '../text.js';
import { TimestampSchema } from '../timestamp.js';
import type { ContractDeclaration, FieldDeclaration } from './declaration.js';

/**
 * A declared identifier field (a reference, an owner): an identifier that names something
 * and never points at it, so nothing holding `://`.
 */
const LabelIdentifierSchema = v.pipe(
  IdentifierSchema,
  v.check(isNotUrl, 'must be a label, not a URL'),
);

function isNotUrl(value: string): boolean {
  return !value.includes('://');
}

/**
 * Builds the schema of a `required_checks` list: non-empty, only the given checks,
 * no duplicates, the caller's order kept.
 *
 * @param checks The operation's own check names.
 * @returns The list schema.
 */
// @__NO_SIDE_EFFECTS__
export function requiredChecksSchema<const TCheck extends string>(checks: readonly TCheck[]) {
  return v.pipe(
    v.array(v.picklist(checks, `must be one of: ${checks.join(', ')}`)),
    v.nonEmpty('must name at least one check'),
    v.check<TCheck[], string>(hasNoDuplicates, 'must not name a check twice'),
  );
}

// Items reach this check only once each is one of the checks, so a duplicate comes within
// the first checks.length + 1 items: the scan is short even for a long list.
function hasNoDuplicates(list: readonly string[]): boolean {
  return list.every((item, index) => list.indexOf(item) === index);
}

/**
 * Builds the schema of one declared field from its kind (see {@link FieldDeclaration}).
 *
 * @param field The field's declaration.
 * @param declaration The contract, for its checks, vocabulary and boundary.
 * @returns The field's schema, optional with its default where it has one.
 */
export function fieldSchema(
  field: FieldDeclaration,
  declaration: ContractDeclaration,
): v.GenericSchema {
  switch (field.kind) {
    case 'label':
      return withDefault(LabelSchema, field.default);
    case 'text':
      return withDefault(TextSchema, field.default);
    case 'identifier':
      return withDefault(LabelIdentifierSchema, field.default);
    case 'boundary':
      return v.optional(TextSchema, declaration.boundary);
    case 'timestamp':
      return v.optional(v.nullable(TimestampSchema), null);
    case 'flag':
      return v.optional(v.literal(true), true);
    case 'status':
      return withDefault(
        v.picklist(field.values ?? declaration.vocabulary.statuses),
        field.default,
      );
    case 'list': {
      if (field.of === 'lines') return v.optional(BlockersSchema, () => []);
      const checks = Object.keys(declaration.checks);
      return v.optional(requiredChecksSchema(checks), () => [...checks]);
    }
  }
}

function withDefault(schema: v.GenericSchema, fallback: string | undefined): v.GenericSchema {
  return fallback === undefined ? schema : v.optional(schema, fallback);
}
