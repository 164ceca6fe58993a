/**
 * A contract's check table: each check name paired with the summary field that reports
 * it, or `null` when the schema version has no such field. It is the one place a check is declared.
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

/** The part of a contract's declaration that names its summary status fields. */
export interface StatusFieldSource {
  /** Check → summary field (or `null`). */
  readonly checkFields: CheckFieldTable;
  /** Status fields besides the checks' (e.g. `automation_status`). */
  readonly overallFields?: readonly string[] | undefined;
}

/**
 * Lists every summary status field of a contract, the fields its rollup reads: the overall
 * fields first (e.g. `automation_status`), then the field of each check that has one, in
 * check order. Front ends use it to offer one option per status field, or to default them.
 *
 * @param source A contract's `spec`, or its check table and overall fields.
 * @returns The field names, frozen.
 */
export function contractStatusFields(source: StatusFieldSource): readonly string[] {
  return Object.freeze([...(source.overallFields ?? []), ...statusFieldsOf(source.checkFields)]);
}
