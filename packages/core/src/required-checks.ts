import * as v from 'valibot';

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

function hasNoDuplicates(list: readonly string[]): boolean {
  return new Set(list).size === list.length;
}
