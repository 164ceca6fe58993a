import { joinJsonPath, type PathSegment } from '../json-path.js';
import { matchKeyRule } from './key-rules.js';
import { matchValueRule } from './value-rules.js';

/** Something the guard found. It names where and which rule, never the matched text. */
export interface SensitiveFinding {
  /** JSON path of the field; a key that is itself a credential shows as `[<redacted key>]`. */
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

interface Frame {
  readonly value: unknown;
  readonly parent: Frame | undefined;
  readonly segment: PathSegment | undefined;
}

/**
 * Walks any value (JSON or not) and reports keys naming secrets and strings carrying
 * credentials. The walk is iterative, so any nesting depth is fine; cycles are visited
 * once; Maps and Sets are walked like objects and arrays; other non-JSON values
 * (functions, symbols, BigInts, Dates) carry no text and are skipped.
 *
 * @param value The value to inspect.
 * @param options Where `value` sits, and how many findings to collect at most.
 * @returns The findings in walk order; empty when the value is public-safe.
 */
export function findSensitiveMaterial(
  value: unknown,
  options: FindSensitiveMaterialOptions = {},
): SensitiveFinding[] {
  const root = options.path ?? '';
  const limit = options.limit ?? 100;
  const findings: SensitiveFinding[] = [];
  const seen = new WeakSet<object>();
  const stack: Frame[] = [{ value, parent: undefined, segment: undefined }];

  const report = (frame: Frame, rule: string, target: SensitiveFinding['target']) => {
    findings.push({ path: pathOf(root, frame), rule, target });
    return findings.length >= limit;
  };

  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const current = frame.value;
    if (typeof current === 'string') {
      const rule = matchValueRule(current);
      if (rule && report(frame, rule.id, 'value')) break;
      continue;
    }
    if (typeof current !== 'object' || current === null || seen.has(current)) continue;
    seen.add(current);

    const children = childrenOf(current);
    for (let index = children.length - 1; index >= 0; index--) {
      const [key, child] = children[index] as [PathSegment, unknown];
      if (typeof key === 'string') {
        const keyRule = matchKeyRule(key);
        const keyValueRule = keyRule ? undefined : matchValueRule(key);
        if (keyRule || keyValueRule) {
          const segment = keyValueRule ? REDACTED_KEY : key;
          const flagged: Frame = { value: child, parent: frame, segment };
          if (report(flagged, (keyRule ?? keyValueRule)?.id ?? '', 'key')) return findings;
          continue;
        }
      }
      stack.push({ value: child, parent: frame, segment: key });
    }
  }
  return findings;
}

function childrenOf(value: object): Array<[PathSegment, unknown]> {
  if (Array.isArray(value)) return value.map((item, index) => [index, item]);
  if (value instanceof Map) {
    return [...value].map(([key, item]) => [typeof key === 'string' ? key : String(key), item]);
  }
  if (value instanceof Set) return [...value].map((item, index) => [index, item]);
  if (value instanceof Date || ArrayBuffer.isView(value)) return [];
  return Object.keys(value).map((key) => [key, (value as Record<string, unknown>)[key]]);
}

function pathOf(root: string, frame: Frame): string {
  const segments: PathSegment[] = [];
  for (let at: Frame | undefined = frame; at?.segment !== undefined; at = at.parent) {
    segments.push(at.segment);
  }
  let path = root;
  for (let index = segments.length - 1; index >= 0; index--) {
    path = joinJsonPath(path, segments[index] as PathSegment);
  }
  return path;
}
