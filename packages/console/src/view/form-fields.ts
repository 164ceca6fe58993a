import { DEFAULT_REQUESTED_BY } from '@cavra/contracts-core';

/**
 * How a form asks for one field: a line of text, a longer text, one choice of a vocabulary,
 * several choices (check boxes), or a list of lines.
 */
export type FormFieldKind = 'text' | 'long_text' | 'choice' | 'choices' | 'lines';

/** One field of a request or summary form, derived from the contract's schema. */
export interface FormField {
  /** The wire name, e.g. `support_tier`. */
  readonly name: string;
  /** How the form asks for it. */
  readonly kind: FormFieldKind;
  /** The allowed values of a `choice` or `choices` field; empty otherwise. */
  readonly options: readonly string[];
  /** The value a blank field gets (`null`: none). */
  readonly default: string | readonly string[] | null;
  /** Whether the field may be left out. */
  readonly optional: boolean;
}

/** The little the forms read of a valibot schema. */
interface SchemaShape {
  readonly type: string;
  readonly wrapped?: SchemaShape;
  readonly item?: SchemaShape;
  readonly options?: readonly unknown[];
}

/** Object schemas expose their fields as `entries`. */
interface ObjectShape {
  readonly entries: Readonly<Record<string, unknown>>;
}

/** Texts longer than this get a multi-line box. */
const LONG_TEXT = 80;

/**
 * The fields of a request form: `tenant_id`, `requested_by`, `correlation_id`, then every
 * payload field with its default.
 *
 * @param payloadSchema The contract's payload schema.
 * @param defaults The payload defaults (`describe().request.payload_defaults`).
 * @returns The fields, in wire order.
 */
export function requestFormFields(
  payloadSchema: ObjectShape,
  defaults: Readonly<Record<string, unknown>>,
): FormField[] {
  const envelope: FormField[] = [
    field('tenant_id', 'text', [], null, false),
    field('requested_by', 'text', [], DEFAULT_REQUESTED_BY, true),
    field('correlation_id', 'text', [], null, true),
  ];
  const payload = Object.entries(payloadSchema.entries).map(([name, schema]) =>
    fromSchema(name, schema as SchemaShape, defaults[name]),
  );
  return [...envelope, ...payload];
}

/**
 * The fields of a summary form: every summary field but the tenant, fixed values and the
 * fields a response copies from its request.
 *
 * @param summarySchema The contract's summary schema.
 * @param inherited The fields copied from the request's payload.
 * @returns The fields, in wire order.
 */
export function summaryFormFields(
  summarySchema: ObjectShape,
  inherited: readonly string[],
): FormField[] {
  return Object.entries(summarySchema.entries)
    .filter(([name, schema]) => {
      const shape = unwrap(schema as SchemaShape);
      return name !== 'tenant_id' && !inherited.includes(name) && shape.type !== 'literal';
    })
    .map(([name, schema]) => fromSchema(name, schema as SchemaShape, undefined));
}

function fromSchema(name: string, schema: SchemaShape, given: unknown): FormField {
  const optional = schema.type === 'optional' || schema.type === 'nullable';
  const shape = unwrap(schema);
  const value = given === undefined ? null : given;
  if (shape.type === 'picklist') {
    return field(name, 'choice', strings(shape.options), text(value), optional);
  }
  if (shape.type === 'array') {
    const item = unwrap(shape.item ?? { type: 'unknown' });
    const listed = Array.isArray(value) ? strings(value) : null;
    if (item.type === 'picklist') {
      return field(name, 'choices', strings(item.options), listed, optional);
    }
    return field(name, 'lines', [], listed, optional);
  }
  const initial = text(value);
  const kind = initial !== null && initial.length > LONG_TEXT ? 'long_text' : 'text';
  return field(name, kind, [], initial, optional);
}

function unwrap(schema: SchemaShape): SchemaShape {
  let shape = schema;
  while (shape.wrapped !== undefined) shape = shape.wrapped;
  return shape;
}

function strings(values: readonly unknown[] | undefined): string[] {
  return (values ?? []).filter((value): value is string => typeof value === 'string');
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function field(
  name: string,
  kind: FormFieldKind,
  options: readonly string[],
  initial: string | readonly string[] | null,
  optional: boolean,
): FormField {
  return { name, kind, options, default: initial, optional };
}
