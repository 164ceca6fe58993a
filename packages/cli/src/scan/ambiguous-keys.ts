import { type Document, isScalar, visit } from 'yaml';

/**
 * Tells whether some mapping of a document has a key its JavaScript value cannot show
 * faithfully: a key repeated (comparing keys as the value names them, so `1` and `"1"` are
 * the same key), which hides the earlier value, or a key that is a collection
 * (`? [a, b]`), which the value turns into a string that points back to no line. Such a
 * file is scanned as text. One pass with a set per mapping (the YAML parser's own check
 * compares every pair of keys).
 *
 * @param doc A parsed document.
 * @returns `true` when a key repeats or is not a scalar.
 */
export function hasAmbiguousKeys(doc: Document): boolean {
  let ambiguous = false;
  visit(doc, {
    Map(_, map) {
      const keys = new Set<string>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? String(pair.key.value ?? '') : undefined;
        if ((pair.key !== null && key === undefined) || (key !== undefined && keys.has(key))) {
          ambiguous = true;
          return visit.BREAK;
        }
        if (key !== undefined) keys.add(key);
      }
      return undefined;
    },
  });
  return ambiguous;
}
