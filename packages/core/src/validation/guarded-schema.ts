import * as v from 'valibot';
import type { ContractIssue } from '../contract-error.js';
import { toGuardIssues } from '../guard/assert-public-safe.js';
import { findSensitiveMaterial } from '../guard/find-sensitive-material.js';
import { readJsonPath } from '../json-path.js';
import { toContractError } from '../parse-result.js';
import { findNonObjects } from './object-shapes.js';

/** A valibot issue that carries a contract issue found before the schema ran. */
export interface PreflightIssue extends v.BaseIssue<unknown> {
  /** The contract issue, as the package parsers report it. */
  readonly contractIssue: ContractIssue;
}

/**
 * Wraps a document schema so that every way in runs the guard: `v.parse`, `v.safeParse`,
 * the Standard Schema `validate`, and the package parsers built on them. Before the schema
 * runs, the raw input is searched for sensitive material and for arrays (or other
 * non-plain objects) where the wire has a JSON object; either ends validation with those
 * issues alone. Input that cannot be read (a throwing getter, a revoked proxy) is reported
 * as `unreadable`. Everything else is the wrapped schema's own validation, and the wrapper
 * keeps its `type` and `entries`, so a JSON Schema converter sees the same schema.
 *
 * It replaces the schema's `~run` and `~standard`, valibot's internal entry points, which
 * is why core pins valibot to one minor version.
 *
 * @param schema A strict object schema of a whole document (request, response, summary).
 * @returns The guarded schema, of the same type.
 */
// @__NO_SIDE_EFFECTS__
export function guardedSchema<TSchema extends v.GenericSchema>(schema: TSchema): TSchema {
  const guarded: TSchema = {
    ...schema,
    '~run'(dataset, config) {
      const issues = preflight(schema, dataset.value);
      if (issues.length === 0) return schema['~run'](dataset, config);
      return { typed: false, value: dataset.value, issues } as unknown as ReturnType<
        TSchema['~run']
      >;
    },
  };
  Object.assign(guarded, {
    '~standard': {
      ...schema['~standard'],
      validate: (value: unknown) => guarded['~run']({ value }, v.getGlobalConfig()),
    },
  });
  return guarded;
}

function preflight(schema: v.GenericSchema, input: unknown): PreflightIssue[] {
  let issues: ContractIssue[];
  try {
    issues = toGuardIssues(findSensitiveMaterial(input));
    if (issues.length === 0) issues = findNonObjects(schema, input);
  } catch (caught) {
    issues = [...toContractError(caught, 'unreadable').issues];
  }
  return issues.map(toValibotIssue);
}

function toValibotIssue(issue: ContractIssue): PreflightIssue {
  const segments = readJsonPath(issue.path).map(({ segment }) => segment);
  return {
    kind: 'validation',
    type: issue.rule ?? 'check',
    input: undefined,
    expected: null,
    received: 'invalid',
    message: issue.message,
    ...(segments.length > 0 && {
      path: segments.map((key) => ({
        type: 'unknown',
        origin: 'value',
        input: undefined,
        key,
        value: undefined,
      })) as unknown as [v.IssuePathItem, ...v.IssuePathItem[]],
    }),
    contractIssue: issue,
  };
}
