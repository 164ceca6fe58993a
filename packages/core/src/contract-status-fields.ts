import { type CheckFieldTable, statusFieldsOf } from './check-fields.js';

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
 * @param spec A contract's declaration (`contract.spec`), or its check table and overall fields.
 * @returns The field names, frozen.
 */
export function contractStatusFields(spec: StatusFieldSource): readonly string[] {
  return Object.freeze([...(spec.overallFields ?? []), ...statusFieldsOf(spec.checkFields)]);
}
