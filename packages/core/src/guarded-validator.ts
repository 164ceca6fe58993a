import * as v from 'valibot';
import { CorrelationIdSchema } from './correlation-id.js';
import { classifyKey } from './guard/classify-key.js';
import { matchValueRule } from './guard/match-value-rule.js';
import { IdentifierSchema } from './identifier.js';
import { requiredChecksSchema } from './required-checks.js';
import { BlockersSchema, LabelSchema, TextSchema } from './text.js';
import { TimestampSchema } from './timestamp.js';

/** What a guarded validator returns when it cannot vouch for the input. */
export const UNSURE: unique symbol = Symbol('unsure');

/**
 * Validates and guards a document in one walk. It returns the output valibot would return
 * for a document that is valid and on which the guard finds nothing, and `UNSURE`
 * otherwise: for an invalid document, a finding, an object position holding no plain
 * object, or anything it cannot follow. `UNSURE` says nothing about the document; the
 * caller then runs the full checks, which explain what is wrong.
 */
export type GuardedValidator = (input: unknown) => unknown;

/** One compiled schema node: the output, or `UNSURE`. */
type Node = (input: unknown) => unknown;

type AnySchema = v.GenericSchema & Record<string, unknown>;

/** Compiled schemas; `null` for a schema this does not follow. */
const compiled = /* @__PURE__ */ new WeakMap<object, GuardedValidator | null>();

/** The longest string, and list, a node remembers. */
const REMEMBERED_LENGTH = 4096;

/**
 * Nodes whose output is a primitive depending on the input alone: strings, literals,
 * picklists, and pipes of pure actions over them.
 */
const VALUE_NODES = /* @__PURE__ */ new WeakSet<Node>();
/** Nodes that remember their last list of values. */
const LIST_NODES = /* @__PURE__ */ new WeakSet<Node>();

/**
 * Compiles a schema into a {@link GuardedValidator}. It follows strict objects, arrays,
 * strings, literals, picklists, `optional`, `nullable` and synchronous pipes; a schema with
 * other parts, or whose keys or vocabulary break a guard rule, gets none.
 *
 * Its outputs equal valibot's: it mirrors valibot's strict-object, array, wrapper and pipe
 * semantics (which keys are read, defaults, output key order) and runs each pipe action's
 * own code. An object position must hold a plain object, as `findNonObjects` wants. The
 * guard part scans every string of the input at a string position of the schema (the
 * schema's keys and vocabulary are checked once, here): in a valid document that finds what
 * the full guard finds.
 *
 * A node whose outcome depends on its input alone (a string position whose pipe has only
 * valibot's length and pattern actions and core's own checks, or a list of such values)
 * remembers its last input and output, so a repeated text (a contract's own wording, the
 * tenant, the scope) is compared rather than validated and scanned again. A contract's own
 * `check` may consult state that changes, so its pipe is never remembered.
 *
 * @param schema The schema.
 * @returns The validator, or `undefined`.
 */
export function guardedValidator(schema: v.GenericSchema): GuardedValidator | undefined {
  let validator = compiled.get(schema);
  if (validator === undefined) {
    try {
      const node = compile(schema as AnySchema);
      validator = (input: unknown) => {
        try {
          return node(input);
        } catch {
          // A getter or proxy in the input: the full checks run it again and report it.
          return UNSURE;
        }
      };
    } catch {
      // A part this does not follow.
      validator = null;
    }
    compiled.set(schema, validator);
  }
  return validator ?? undefined;
}

function compile(schema: AnySchema): Node {
  if (schema.async || 'fallback' in schema) throw schema;
  const reference = schema['reference'];
  const pipe = schema['pipe'] as AnySchema[] | undefined;
  if (pipe) return compilePipe(pipe);
  if (reference === v.string) {
    const clean = remember((input) => (matchValueRule(input as string) ? UNSURE : input));
    return valueNode((input) => (typeof input === 'string' ? clean(input) : UNSURE));
  }
  if (reference === v.literal || reference === v.picklist) {
    // A set finds what valibot finds (both compare with SameValueZero).
    const options = new Set(
      reference === v.literal ? [schema['literal']] : (schema['options'] as unknown[]),
    );
    for (const option of options)
      if (typeof option === 'string' && matchValueRule(option)) throw schema;
    return valueNode((input) => (options.has(input) ? input : UNSURE));
  }
  if (reference === v.array) {
    const item = compile(schema['item'] as AnySchema);
    const list: Node = (input) => {
      if (!Array.isArray(input)) return UNSURE;
      const output: unknown[] = [];
      for (let index = 0; index < input.length; index++) {
        const checked = item(input[index]);
        if (checked === UNSURE) return UNSURE;
        output.push(checked);
      }
      return output;
    };
    return VALUE_NODES.has(item) ? rememberList(list) : list;
  }
  if (reference === v.strictObject) return compileObject(schema);
  if (reference !== v.optional && reference !== v.nullable) throw schema;
  const wrapped = compile(schema['wrapped'] as AnySchema);
  const fallback = schema['default'];
  // A default function reading valibot's dataset or config is not followed.
  if (typeof fallback === 'function' && fallback.length > 0) throw schema;
  const absent = reference === v.optional ? undefined : null;
  return (input) => {
    if (input !== absent) return wrapped(input);
    if (fallback === undefined) return input;
    // Valibot's `getDefault`.
    const value = typeof fallback === 'function' ? fallback() : fallback;
    // A default that is itself absent valibot asks for again: left to the full checks.
    return value === absent ? UNSURE : wrapped(value);
  };
}

function compileObject(schema: AnySchema): Node {
  const shape = schema['entries'] as Record<string, AnySchema>;
  const keys = Object.keys(shape);
  const nodes = keys.map((key) => {
    // The schema's own keys are checked once here; a valid document has no others.
    if (classifyKey(key)) throw schema;
    return compile(shape[key] as AnySchema);
  });
  return (input) => {
    // Arrays, dates, maps and the like where an object belongs are for the full checks.
    if (
      typeof input !== 'object' ||
      input === null ||
      (Object.getPrototypeOf(input) !== Object.prototype &&
        Object.prototype.toString.call(input) !== '[object Object]')
    ) {
      return UNSURE;
    }
    const fields = input as Record<string, unknown>;
    const output: Record<string, unknown> = {};
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index] as string;
      // Valibot reads a key when `key in input`, else fills an optional key's default (the
      // optional node fills it from undefined alike).
      let value = fields[key];
      if (value === undefined && !(key in fields)) {
        const entry = shape[key] as AnySchema;
        if (entry.type !== 'optional') return UNSURE;
        if (entry['default'] === undefined) continue;
      }
      value = (nodes[index] as Node)(value);
      if (value === UNSURE) return UNSURE;
      output[key] = value;
    }
    for (const key in fields) if (!Object.hasOwn(shape, key)) return UNSURE;
    return output;
  };
}

function compilePipe(items: readonly AnySchema[]): Node {
  const [first, ...rest] = items as [AnySchema, ...AnySchema[]];
  const base = compile(first);
  const steps: Node[] = [];
  let pure = true;
  for (const item of rest) {
    const kind = item.kind as string;
    const reference = item['reference'] as unknown;
    const requirement = item['requirement'] as RegExp;
    if (kind === 'schema') {
      steps.push(compile(item));
      pure = false;
    } else if (kind === 'validation' || kind === 'transformation') {
      if (item.async) throw item;
      pure &&=
        reference === v.check
          ? PURE_CHECKS.has(requirement)
          : reference === v.regex || reference === v.isoTimestamp
            ? !requirement.global && !requirement.sticky
            : reference === v.nonEmpty || reference === v.maxLength || reference === v.trim;
      const run = item['~run'] as (
        dataset: object,
        config: object,
      ) => v.OutputDataset<unknown, v.BaseIssue<unknown>>;
      steps.push((value) => {
        const dataset = run.call(item, { typed: true, value }, v.getGlobalConfig());
        return dataset.issues || !dataset.typed ? UNSURE : dataset.value;
      });
    } else if (kind !== 'metadata') {
      throw item;
    }
  }
  const node: Node = (input) => {
    let value = base(input);
    for (const step of steps) {
      if (value === UNSURE) return UNSURE;
      value = step(value);
    }
    return value;
  };
  if (!pure) return node;
  if (VALUE_NODES.has(base)) return valueNode(remember(node));
  return LIST_NODES.has(base) ? rememberList(node) : node;
}

/** Checks whose outcome depends on the value alone: those of core's own schemas. */
const PURE_CHECKS = /* @__PURE__ */ new Set<unknown>(
  [
    LabelSchema,
    TextSchema,
    IdentifierSchema,
    TimestampSchema,
    CorrelationIdSchema,
    (BlockersSchema.pipe[0] as v.ArraySchema<AnySchema, undefined>).item,
    requiredChecksSchema(['check']),
  ].flatMap((schema) =>
    (schema as unknown as { pipe: AnySchema[] }).pipe.map((item) => item['requirement']),
  ),
);

function valueNode(node: Node): Node {
  VALUE_NODES.add(node);
  return node;
}

/** A node over strings that answers its last string input again without running. */
function remember(node: Node): Node {
  let lastInput: unknown;
  let lastOutput: unknown;
  return (input) => {
    if (input === lastInput && typeof input === 'string') return lastOutput;
    const output = node(input);
    if (output !== UNSURE && typeof input === 'string' && input.length <= REMEMBERED_LENGTH) {
      lastInput = input;
      lastOutput = output;
    }
    return output;
  };
}

/**
 * A node over a list of values that answers a list with the same items as its last one
 * with a copy of its last output. The items are read once: that copy is what it checks.
 */
function rememberList(node: Node): Node {
  let lastItems: unknown[] = [];
  let lastOutput: unknown[] | undefined;
  const remembering: Node = (input) => {
    if (!Array.isArray(input)) return UNSURE;
    const items: unknown[] = [];
    for (let index = 0; index < input.length; index++) items.push(input[index]);
    if (
      lastOutput &&
      items.length === lastItems.length &&
      items.every((item, index) => item === lastItems[index])
    ) {
      return [...lastOutput];
    }
    const output = node(items);
    if (output !== UNSURE && items.length <= REMEMBERED_LENGTH) {
      lastItems = items;
      lastOutput = [...(output as unknown[])];
    }
    return output;
  };
  LIST_NODES.add(remembering);
  return remembering;
}
