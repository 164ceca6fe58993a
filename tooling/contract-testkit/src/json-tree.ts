/** A key or index from a container to one of its values. */
export type TreeKey = string | number;

/** A position in a document: the keys from the root, and the value found there. */
export interface TreeNode {
  /** Keys from the root (`[]` is the root). */
  readonly path: readonly TreeKey[];
  /** The value at that position. */
  readonly value: unknown;
  /** Whether the position is an index of an array (else a key of an object, or the root). */
  readonly inArray: boolean;
}

/** Whether a value is a JSON array. */
export const isArray = (value: unknown): value is unknown[] => Array.isArray(value);

/** Whether a value is an object that is not an array (a JSON object). */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads an own property only, so that a `__proto__` key holding data is read as data and
 * never as the prototype.
 *
 * @param container An object or array.
 * @param key The key or index.
 * @returns The value, or `undefined`.
 */
export function ownValue(container: object, key: TreeKey): unknown {
  return Object.getOwnPropertyDescriptor(container, key)?.value;
}

/**
 * Writes an own data property, so that writing `__proto__` or `constructor` creates a key
 * exactly as `JSON.parse` does instead of calling a setter.
 *
 * @param container An object or array (changed in place).
 * @param key The key or index.
 * @param value The value.
 */
export function defineOwn(container: object, key: TreeKey, value: unknown): void {
  Object.defineProperty(container, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/**
 * A shallow copy of an array or object that keeps every own enumerable key, `__proto__`
 * included, in order.
 *
 * @param container The array or object.
 * @returns The copy.
 */
export function shallowCopy<T extends object>(container: T): T {
  if (isArray(container)) return container.slice() as T;
  const copy = {};
  for (const key of Object.keys(container)) defineOwn(copy, key, ownValue(container, key));
  return copy as T;
}

/**
 * Every position in a document, from the root, breadth first. Positions deeper than
 * `maxDepth` are not listed (their ancestors are), nor any after the first `maxNodes`.
 *
 * @param document The document.
 * @param maxDepth The deepest path listed.
 * @param maxNodes The most positions listed.
 * @returns The positions.
 */
export function treeNodes(document: unknown, maxDepth = 32, maxNodes = 2000): TreeNode[] {
  const nodes: TreeNode[] = [{ path: [], value: document, inArray: false }];
  for (let next = 0; next < nodes.length && nodes.length < maxNodes; next++) {
    const { path, value } = nodes[next] as TreeNode;
    if (path.length >= maxDepth || typeof value !== 'object' || value === null) continue;
    const inArray = isArray(value);
    const keys: TreeKey[] = inArray ? value.map((_, index) => index) : Object.keys(value);
    for (const key of keys) {
      if (nodes.length >= maxNodes) break;
      nodes.push({ path: [...path, key], value: ownValue(value, key), inArray });
    }
  }
  return nodes;
}

/**
 * A copy of a document with the value at a path replaced by what `update` returns. Only
 * the containers along the path are copied; the document itself is left as it was.
 *
 * @param document The document.
 * @param path Keys from the root to an existing value.
 * @param update Computes the new value from the old one.
 * @returns The changed copy.
 */
export function updateAt(
  document: unknown,
  path: readonly TreeKey[],
  update: (value: unknown) => unknown,
): unknown {
  const step = (node: unknown, depth: number): unknown => {
    if (depth === path.length) return update(node);
    const key = path[depth] as TreeKey;
    const copy = shallowCopy(node as object);
    defineOwn(copy, key, step(ownValue(node as object, key), depth + 1));
    return copy;
  };
  return step(document, 0);
}

/**
 * A copy of a document without the value at a path: the key is deleted from its object,
 * or the item removed from its array.
 *
 * @param document The document.
 * @param path Keys from the root to an existing value (not the root).
 * @returns The changed copy.
 */
export function removeAt(document: unknown, path: readonly TreeKey[]): unknown {
  const key = path.at(-1) as TreeKey;
  return updateAt(document, path.slice(0, -1), (parent) => {
    const copy = shallowCopy(parent as object);
    if (isArray(copy)) copy.splice(key as number, 1);
    else delete (copy as Record<string, unknown>)[key];
    return copy;
  });
}

/**
 * Whether a string occurs in any key or string value of a document (walked without
 * recursion, so any depth is fine; shared and cyclic values are visited once).
 *
 * @param document The document.
 * @param needle The string looked for.
 * @returns `true` when some key or string value contains it.
 */
export function containsString(document: unknown, needle: string): boolean {
  const pending: unknown[] = [document];
  const seen = new Set<object>();
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value === 'string') {
      if (value.includes(needle)) return true;
    } else if (typeof value === 'object' && value !== null && !seen.has(value)) {
      seen.add(value);
      for (const key of Object.keys(value)) {
        if (key.includes(needle)) return true;
        pending.push(ownValue(value, key));
      }
    }
  }
  return false;
}

/**
 * A copy of a document with the keys of every object in reverse order, down to
 * `maxDepth` (deeper values are shared as they are). JSON gives key order no meaning, so
 * a parser must judge both copies alike.
 *
 * @param document The document.
 * @param maxDepth The deepest level reordered.
 * @returns The reordered copy.
 */
export function withKeysReversed(document: unknown, maxDepth = 32): unknown {
  const step = (value: unknown, depth: number): unknown => {
    if (depth > maxDepth || typeof value !== 'object' || value === null) return value;
    if (isArray(value)) return value.map((item) => step(item, depth + 1));
    const copy = {};
    for (const key of Object.keys(value).reverse()) {
      defineOwn(copy, key, step(ownValue(value, key), depth + 1));
    }
    return copy;
  };
  return step(document, 0);
}
