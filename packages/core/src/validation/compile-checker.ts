import type * as v from 'valibot';
import { CORRELATION_ID_PATTERN } from '../correlation-id.js';
import { classifyKey } from '../guard/classify-key.js';
import { matchValueRule } from '../guard/match-value-rule.js';

/** What a {@link Checker} returns for input it cannot prove valid: the valibot path decides. */
export const NOT_PROVEN: unique symbol = Symbol('not proven');

/**
 * A compiled check of one document schema: the output valibot would give for valid,
 * guard-clean input, or {@link NOT_PROVEN}. It never throws.
 */
export type Checker = (input: unknown) => unknown;

/** The fields of a valibot 1.5 schema or pipe action that the compiler reads. */
interface Node {
  readonly type: string;
  readonly pipe?: readonly Node[];
  readonly entries?: Readonly<Record<string, Node>>;
  readonly item?: Node;
  readonly wrapped?: Node;
  readonly options?: readonly unknown[];
  readonly literal?: unknown;
  readonly default?: unknown;
  readonly requirement?: unknown;
}

type Step = (value: unknown) => unknown;

/**
 * Compiles a document schema into one walk that checks what the schema and the guard
 * (`guardedSchema`) check, for the constructs the contracts are made of: strict objects, arrays,
 * strings, picklists, literals, `optional` with a default, `nullable`, and the pipe actions
 * `trim`, `non_empty`, `max_length`, `regex`, `iso_timestamp` and `check` (whose predicates
 * it calls, so each rule is still declared once, in the schema). The output is built as
 * valibot builds it: fresh objects and arrays, keys in schema order, defaults filled.
 *
 * Every string value is scanned by the guard, except picklist members and literals (the
 * declaration's own words), ISO timestamps and correlation ids, whose forms cannot hold a
 * credential (their regular expression runs instead), and what is checked and scanned once,
 * when compiled: a field's constant default and the contract's own texts. An object key is
 * accepted only if it is one of the schema's keys, whose guard verdict is decided here, once.
 * Anything else is {@link NOT_PROVEN}: a value of another type, an object whose prototype is
 * not `Object.prototype` or that carries a `Symbol.toStringTag`, an unknown own key
 * (enumerable or not, `__proto__` too), an enumerable key on `Object.prototype`, a broken
 * rule, a guard finding, a getter or proxy that throws. Each property is read once, so the
 * output holds exactly what was checked.
 *
 * @param schema A document schema, without the guard's wrapper.
 * @param ownTexts Texts the contract itself writes (a response's messages and next steps).
 * @returns The checker, or `undefined` when the schema holds a construct it does not know.
 */
export function compileChecker(
  schema: v.GenericSchema,
  ownTexts: readonly string[] = [],
): Checker | undefined {
  const clean = ownTexts.filter((text) => matchValueRule(text) === undefined);
  const check = compile(schema as unknown as Node, clean);
  if (check === undefined) return undefined;
  return (input) => {
    // Every object inherits the enumerable keys of a polluted `Object.prototype`: the guard's walk.
    for (const _ in Object.prototype) return NOT_PROVEN;
    try {
      return check(input);
    } catch {
      return NOT_PROVEN;
    }
  };
}

function compile(node: Node, texts: readonly string[]): Step | undefined {
  const { base, actions } = unpipe(node);
  const own = compileBase(base, actions, texts);
  const steps = actions.map(compileAction);
  if (own === undefined || steps.includes(undefined)) return undefined;
  if (steps.length === 0) return own;
  return (input) => {
    let value = own(input);
    for (let index = 0; index < steps.length && value !== NOT_PROVEN; index++) {
      value = (steps[index] as Step)(value);
    }
    return value;
  };
}

/** A schema's innermost schema and its pipe actions, in run order. */
function unpipe(node: Node): { base: Node; actions: Node[] } {
  if (node.pipe === undefined) return { base: node, actions: [] };
  const [first, ...rest] = node.pipe as [Node, ...Node[]];
  const inner = unpipe(first);
  return { base: inner.base, actions: [...inner.actions, ...rest] };
}

function compileBase(
  base: Node,
  actions: readonly Node[],
  texts: readonly string[],
): Step | undefined {
  switch (base.type) {
    case 'string': {
      const scanned = !actions.some(
        (action) =>
          action.type === 'iso_timestamp' || action.requirement === CORRELATION_ID_PATTERN,
      );
      return (value) =>
        typeof value !== 'string' ||
        (scanned && !texts.includes(value) && matchValueRule(value) !== undefined)
          ? NOT_PROVEN
          : value;
    }
    case 'picklist': {
      const options = new Set(base.options);
      return (value) => (options.has(value) ? value : NOT_PROVEN);
    }
    case 'literal': {
      const { literal } = base;
      return (value) => (value === literal ? value : NOT_PROVEN);
    }
    case 'optional': {
      const inner = base.wrapped && compile(base.wrapped, texts);
      const fallback = base.default;
      if (inner === undefined || fallback === undefined) return undefined;
      if (typeof fallback === 'function') {
        return (value) => inner(value === undefined ? fallback() : value);
      }
      if (typeof fallback === 'object' && fallback !== null) return undefined;
      // A constant default is the declaration's own value: checked and scanned once, here.
      const filled = inner(fallback);
      return (value) => (value === undefined || value === fallback ? filled : inner(value));
    }
    case 'nullable': {
      const inner = base.wrapped && compile(base.wrapped, texts);
      if (inner === undefined || base.default !== undefined) return undefined;
      return (value) => (value === null ? null : inner(value));
    }
    case 'array': {
      const item = base.item && compile(base.item, texts);
      return item && ((input) => checkArray(input, item));
    }
    case 'strict_object':
      return compileObject(base.entries ?? {}, texts);
    default:
      return undefined;
  }
}

function checkArray(input: unknown, item: Step): unknown {
  if (!Array.isArray(input)) return NOT_PROVEN;
  const output: unknown[] = [];
  for (let index = 0; index < input.length; index++) {
    const value = item(input[index]);
    if (value === NOT_PROVEN) return value;
    output.push(value);
  }
  return output;
}

function compileObject(
  entries: Readonly<Record<string, Node>>,
  texts: readonly string[],
): Step | undefined {
  const keys = Object.keys(entries);
  const steps: Step[] = [];
  for (const key of keys) {
    const step = compile(entries[key] as Node, texts);
    // A declared key that the guard flags fails every document: valibot's path says so.
    if (step === undefined || classifyKey(key) !== undefined) return undefined;
    steps.push(step);
  }
  return (input) => {
    if (
      typeof input !== 'object' ||
      input === null ||
      Object.getPrototypeOf(input) !== Object.prototype ||
      Symbol.toStringTag in input
    ) {
      return NOT_PROVEN;
    }
    // Every own key, enumerable or not, is a schema key (usually at its place in the schema).
    const names = Object.getOwnPropertyNames(input);
    for (let index = 0; index < names.length; index++) {
      const name = names[index] as string;
      if (name !== keys[index] && !Object.hasOwn(entries, name)) return NOT_PROVEN;
    }
    const output: Record<string, unknown> = {};
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index] as string;
      // A missing key reads as `undefined`: an optional field's default, else not proven.
      const value = (steps[index] as Step)((input as Record<string, unknown>)[key]);
      if (value === NOT_PROVEN) return value;
      output[key] = value;
    }
    return output;
  };
}

function compileAction(action: Node): Step | undefined {
  const { requirement } = action;
  switch (action.type) {
    case 'trim':
      return (value) => (value as string).trim();
    case 'non_empty':
      return (value) => ((value as string).length === 0 ? NOT_PROVEN : value);
    case 'max_length':
      return (value) => ((value as string).length > (requirement as number) ? NOT_PROVEN : value);
    case 'check':
      return (value) => ((requirement as (value: unknown) => boolean)(value) ? value : NOT_PROVEN);
    case 'regex':
    case 'iso_timestamp':
      if (!(requirement instanceof RegExp) || requirement.global || requirement.sticky) {
        return undefined;
      }
      return (value) => (requirement.test(value as string) ? value : NOT_PROVEN);
    default:
      return undefined;
  }
}
