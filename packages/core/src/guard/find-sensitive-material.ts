import { joinJsonPath, type PathSegment } from '../json-path.js';
import { classifyKey } from './classify-key.js';
import { matchValueRule } from './match-value-rule.js';

/** Something the guard found. It names where and which rule, never the matched text. */
export interface SensitiveFinding {
  /**
   * JSON path of the field. A flagged key that is itself a credential, or is not a plain
   * field name, shows as `["<redacted key>"]`.
   */
  readonly path: string;
  /** Id of the rule that fired. */
  readonly rule: string;
  /** Whether the key or the value carried the material. */
  readonly target: 'key' | 'value';
}

/** Options of {@link findSensitiveMaterial}. */
export interface FindSensitiveMaterialOptions {
  /** JSON path of `value` inside a larger document; default the root (`''`). */
  readonly path?: string;
  /** Stop after this many findings; default 100. */
  readonly limit?: number;
}

/** A path segment that stands for a key which is itself a credential. */
export const REDACTED_KEY = '<redacted key>';

const DEFAULT_LIMIT = 100;
/** The entry of a frame that walks no map. */
const NO_ENTRY: readonly unknown[] = [];

/** One container being walked: its children are visited in order, `next` is the next one. */
interface Frame {
  /** The object whose keys are walked, when the frame walks keys. */
  readonly object: Record<string, unknown> | undefined;
  /** The keys of `object`, or `undefined` for a list. */
  readonly keys: readonly string[] | undefined;
  /** The items of a list (array, set values, map entries), or `undefined` for an object. */
  readonly items: readonly unknown[] | undefined;
  /** Whether `items` are map entries (`[key, value]` pairs). */
  readonly entries: boolean;
  /** How many children there are. */
  readonly length: number;
  /** The segment from the parent container to this one (unused for the root). */
  readonly segment: PathSegment;
  next: number;
}

/**
 * Walks any value (JSON or not) and reports keys naming secrets and strings carrying
 * credentials. The walk is iterative, so any nesting depth is fine; every object is
 * visited once, so cycles end; objects are walked with their inherited enumerable keys
 * and their own non-enumerable keys too (a parser reads a field by name); Maps and Sets are walked like objects and arrays; other non-JSON values (functions,
 * symbols, BigInts, Dates, typed arrays) carry no text and are skipped; boxed strings are
 * checked like strings.
 *
 * Reading the value may run code it carries (getters, proxies); what that code throws
 * propagates. {@link assertPublicSafe} turns it into a `ContractError`.
 *
 * @param value The value to inspect.
 * @param options Where `value` sits, and how many findings to collect at most.
 * @returns The findings in walk order; empty when the value is public-safe.
 */
export function findSensitiveMaterial(
  value: unknown,
  options: FindSensitiveMaterialOptions = {},
): SensitiveFinding[] {
  return walk(value, options.path ?? '', normaliseLimit(options.limit));
}

function normaliseLimit(limit: number | undefined): number {
  return limit !== undefined && limit >= 1 ? Math.floor(limit) : DEFAULT_LIMIT;
}

function walk(value: unknown, root: string, limit: number): SensitiveFinding[] {
  const findings: SensitiveFinding[] = [];
  if (typeof value === 'string' || value instanceof String) {
    const rule = matchValueRule(String(value));
    if (rule !== undefined) findings.push({ path: root, rule: rule.id, target: 'value' });
    return findings;
  }
  const rootFrame = frameOf(value, '');
  if (rootFrame === undefined) return findings;
  // A Set, not a WeakSet: it lives only as long as the walk, and is much faster.
  const seen = new Set<unknown>([value]);
  const frames: Frame[] = [rootFrame];

  while (frames.length > 0) {
    const frame = frames[frames.length - 1] as Frame;
    if (frame.next >= frame.length) {
      frames.pop();
      continue;
    }
    const index = frame.next++;
    const { keys, items } = frame;
    const entry = frame.entries
      ? ((items as readonly unknown[])[index] as readonly unknown[])
      : NO_ENTRY;
    const key = keys !== undefined ? keys[index] : entry[0];
    let segment: PathSegment = index;
    if (typeof key === 'string') {
      const verdict = classifyKey(key);
      if (verdict !== undefined) {
        const shown = verdict.redact ? REDACTED_KEY : key;
        findings.push({ path: pathOf(root, frames, shown), rule: verdict.rule, target: 'key' });
        if (findings.length >= limit) break;
        continue;
      }
      segment = key;
    } else if (typeof key === 'object' && key !== null && !seen.has(key)) {
      // A map's non-string key is shown by its position, never by its text, and walked itself.
      const keyFrame = frameOf(key, index);
      seen.add(key);
      if (keyFrame !== undefined) frames.push(keyFrame);
    }
    // Read only once the key is known to be harmless: reading may run a getter.
    const child =
      keys !== undefined
        ? (frame.object as Record<string, unknown>)[key as string]
        : frame.entries
          ? entry[1]
          : (items as readonly unknown[])[index];

    let text: string | undefined;
    if (typeof child === 'string') {
      text = child;
    } else if (typeof child === 'object' && child !== null) {
      // Containers first: only an object without children can be a boxed string.
      const childFrame = seen.has(child) ? undefined : frameOf(child, segment);
      if (childFrame !== undefined) {
        seen.add(child);
        frames.push(childFrame);
      } else if (child instanceof String) {
        text = String(child);
      }
    }
    if (text !== undefined) {
      const rule = matchValueRule(text);
      if (rule !== undefined) {
        findings.push({ path: pathOf(root, frames, segment), rule: rule.id, target: 'value' });
        if (findings.length >= limit) break;
      }
    }
  }
  return findings;
}

/**
 * The frame that walks a value's children, or `undefined` for a value without text
 * children (boxed strings are checked as strings before this).
 */
function frameOf(value: unknown, segment: PathSegment): Frame | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if (Array.isArray(value)) return listFrame(value, segment, false);
  if (Object.getPrototypeOf(value) === Object.prototype) return keyFrame(value, segment);
  if (value instanceof Map) return listFrame(Array.from(value), segment, true);
  if (value instanceof Set) return listFrame(Array.from(value), segment, false);
  if (
    value instanceof String ||
    value instanceof Date ||
    value instanceof RegExp ||
    ArrayBuffer.isView(value) ||
    value instanceof ArrayBuffer
  ) {
    return undefined;
  }
  return keyFrame(value, segment);
}

/**
 * A frame over an object's own string keys, enumerable or not (a parser reads a field by
 * name, whether it is enumerable or not), then its inherited enumerable ones.
 */
function keyFrame(value: object, segment: PathSegment): Frame {
  const keys = Object.getOwnPropertyNames(value);
  // A plain object inherits enumerable keys only from a polluted `Object.prototype`.
  if (Object.getPrototypeOf(value) !== Object.prototype || isPolluted()) {
    for (const key in value) if (!Object.hasOwn(value, key)) keys.push(key);
  }
  return {
    object: value as Record<string, unknown>,
    keys,
    items: undefined,
    entries: false,
    length: keys.length,
    segment,
    next: 0,
  };
}

/** Whether `Object.prototype` has an enumerable key, which every plain object then inherits. */
function isPolluted(): boolean {
  for (const _ in Object.prototype) return true;
  return false;
}

function listFrame(items: readonly unknown[], segment: PathSegment, entries: boolean): Frame {
  return {
    object: undefined,
    keys: undefined,
    items,
    entries,
    length: items.length,
    segment,
    next: 0,
  };
}

function pathOf(root: string, frames: readonly Frame[], last: PathSegment): string {
  let path = root;
  for (let index = 1; index < frames.length; index++) {
    path = joinJsonPath(path, (frames[index] as Frame).segment);
  }
  return joinJsonPath(path, last);
}
