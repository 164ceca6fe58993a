import { type Document, isScalar, visit } from 'yaml';

/**
 * Tells whether some mapping of a document repeats a key, comparing keys as the
 * document's JavaScript value names them (`1` and `"1"` are the same key). A repeated key
 * hides the earlier value from the document's value, so such a file is scanned as text.
 * One pass with a set per mapping (the YAML parser's own check compares every pair of keys).
 *
 * @param doc A parsed document.
 * @returns `true` when a key repeats.
 */
export function hasDuplicateKeys(doc: Document): boolean {
  let duplicate = false;
  visit(doc, {
    Map(_, map) {
      const keys = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value ?? '');
        if (keys.has(key)) {
          duplicate = true;
          return visit.BREAK;
        }
        keys.add(key);
      }
      return undefined;
    },
  });
  return duplicate;
}
