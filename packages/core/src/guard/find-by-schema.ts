import type * as v from 'valibot';
import { joinJsonPath, type PathSegment } from '../json-path.js';
import { classifyKey } from './classify-key.js';
import { findSensitiveMaterial, type SensitiveFinding } from './find-sensitive-material.js';
import { matchValueRule } from './match-value-rule.js';

/** What the guard must do with a value at one place of a schema. */
type Plan =
  | { readonly kind: 'skip' }
  | { readonly kind: 'text' }
  | { readonly kind: 'object'; readonly entries: ReadonlyMap<string, Plan> }
  | { readonly kind: 'array'; readonly item: Plan };

const SKIP: Plan = { kind: 'skip' };
const TEXT: Plan = { kind: 'text' };
const WRAPPERS = /* @__PURE__ */ new Set([
  'optional',
  'exact_optional',
  'nullable',
  'nullish',
  'non_optional',
  'non_nullable',
  'non_nullish',
]);
const NO_TEXT = /* @__PURE__ */ new Set([
  'boolean',
  'number',
  'null',
  'undefined',
  'bigint',
  'nan',
]);

/** Plans per schema; `null` for a schema the plan cannot describe. */
const plans = /* @__PURE__ */ new WeakMap<object, Plan | null>();

/**
 * Finds sensitive material in a document that is already known to be valid for `schema`,
 * with the schema's help: its keys are the schema's own, and its picklist and literal
 * values are the schema's vocabulary, both checked once per schema; only the other strings
 * are scanned. The findings equal those of `findSensitiveMaterial` on the same document.
 * Every object position must hold a plain object (what `findNonObjects` checks).
 *
 * @param schema The schema the document is valid for.
 * @param input The document, as given to the schema.
 * @param root JSON path of the document.
 * @returns The findings, or `undefined` when the schema has parts this cannot follow
 *   (unions, records, lazy schemas, loose objects, keys or vocabulary breaking a rule) or an
 *   object position holds an array, a date, a map or the like; the caller then runs the
 *   full checks.
 */
export function findSensitiveMaterialBySchema(
  schema: v.GenericSchema,
  input: unknown,
  root: string,
): SensitiveFinding[] | undefined {
  let plan = plans.get(schema);
  if (plan === undefined) {
    plan = planOf(schema);
    plans.set(schema, plan);
  }
  if (plan === null) return undefined;
  const findings: SensitiveFinding[] = [];
  try {
    visit(plan, input, [], root, findings);
  } catch (caught) {
    if (caught === NOT_PLAIN) return undefined;
    throw caught;
  }
  // The walk ends (a plan has a fixed depth) but does not track shared objects, which the
  // full guard reports once: findings, rare here, are taken from the full guard.
  return findings.length === 0 ? findings : findSensitiveMaterial(input, { path: root });
}

/** Thrown inside the walk when an object position holds something else than a plain object. */
const NOT_PLAIN = /* @__PURE__ */ Symbol('not a plain object');

/** The first finding ends the walk: the full guard then lists them all. */
const LIMIT = 1;

function visit(
  plan: Plan,
  value: unknown,
  segments: PathSegment[],
  root: string,
  findings: SensitiveFinding[],
): void {
  if (plan.kind === 'skip' || findings.length >= LIMIT) return;
  if (plan.kind === 'text') {
    const rule = typeof value === 'string' ? matchValueRule(value) : undefined;
    if (rule !== undefined) {
      const path = segments.reduce<string>(joinJsonPath, root);
      findings.push({ path, rule: rule.id, target: 'value' });
    }
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  if (plan.kind === 'array') {
    const list = value as readonly unknown[];
    for (let index = 0; index < list.length && findings.length < LIMIT; index++) {
      segments.push(index);
      visit(plan.item, list[index], segments, root, findings);
      segments.pop();
    }
    return;
  }
  if (
    Object.getPrototypeOf(value) !== Object.prototype &&
    Object.prototype.toString.call(value) !== '[object Object]'
  ) {
    throw NOT_PLAIN;
  }
  for (const key in value) {
    if (findings.length >= LIMIT) return;
    segments.push(key);
    visit(
      plan.entries.get(key) ?? SKIP,
      (value as Record<string, unknown>)[key],
      segments,
      root,
      findings,
    );
    segments.pop();
  }
}

function planOf(schema: unknown): Plan | null {
  let inner = schema as Partial<v.GenericSchema> & Record<string, unknown>;
  while (WRAPPERS.has(inner.type as string)) inner = inner['wrapped'] as typeof inner;
  const type = inner.type as string;
  if (NO_TEXT.has(type)) return SKIP;
  if (type === 'string') return TEXT;
  if (type === 'literal') return cleanText(inner['literal']) ? SKIP : null;
  if (type === 'picklist') {
    const options = inner['options'] as readonly unknown[];
    return options.every(cleanText) ? SKIP : null;
  }
  if (type === 'array') {
    const item = planOf(inner['item']);
    return item === null ? null : { kind: 'array', item };
  }
  if (type === 'strict_object') {
    const entries = new Map<string, Plan>();
    for (const [key, entry] of Object.entries(inner['entries'] as Record<string, unknown>)) {
      if (classifyKey(key) !== undefined) return null;
      const plan = planOf(entry);
      if (plan === null) return null;
      entries.set(key, plan);
    }
    return { kind: 'object', entries };
  }
  return null;
}

/** A vocabulary value that carries no credential (non-strings carry no text). */
function cleanText(value: unknown): boolean {
  return typeof value !== 'string' || matchValueRule(value) === undefined;
}
