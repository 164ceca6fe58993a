/**
 * A contract's check table: each check name paired with the summary field that reports
 * it, or `null` when schema v1 has no such field. It is the one place a check is declared.
 */
export type CheckFieldTable = Readonly<Record<string, string | null>>;

/**
 * Lists the checks of a check table, in declaration order.
 *
 * @param table The check table.
 * @returns The check names.
 */
// @__NO_SIDE_EFFECTS__
export function checksOf<const TTable extends CheckFieldTable>(
  table: TTable,
): readonly (keyof TTable & string)[] {
  return Object.freeze(Object.keys(table)) as readonly (keyof TTable & string)[];
}

/**
 * Lists the summary status fields of a check table, in declaration order, skipping checks
 * that have none.
 *
 * @param table The check table.
 * @returns The summary field names.
 */
// @__NO_SIDE_EFFECTS__
export function statusFieldsOf<const TTable extends CheckFieldTable>(
  table: TTable,
): readonly Exclude<TTable[keyof TTable], null>[] {
  const fields = Object.values(table).filter((field) => field !== null);
  return Object.freeze(fields) as readonly Exclude<TTable[keyof TTable], null>[];
}
