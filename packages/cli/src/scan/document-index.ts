import { findSensitiveMaterial, joinJsonPath, REDACTED_KEY } from '@cavra/contracts-core';
import {
  type Alias,
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Node,
} from 'yaml';

/** One key or list item of a parsed document, with the source nodes it came from. */
export interface IndexedField {
  /** The key's node (absent for a list item). */
  readonly key?: Node | undefined;
  /** The value's node, aliases resolved (absent for a key without a value). */
  readonly value?: Node | undefined;
  /** The key as text, as the document's JavaScript value has it. */
  readonly keyText?: string | undefined;
}

/** The fields of a document by JSON path; several fields can share a redacted-key path. */
export type DocumentIndex = ReadonlyMap<string, readonly IndexedField[]>;

/**
 * Indexes the fields of a parsed YAML or JSON document by the JSON paths the guard reports
 * (the same `joinJsonPath` builds both), so a finding can be traced back to its line. A key
 * the guard would show as `["<redacted key>"]` is indexed under that path too. Aliases are
 * followed, as the document's value follows them; each anchored node is expanded once per
 * path, and the caller has already bounded aliases by converting the document.
 *
 * @param doc The parsed document, without errors.
 * @param aliases What each alias of the document stands for (`documentAliases`): looking an
 *   alias up with the parser's own `resolve` walks the whole document each time.
 * @returns The index.
 */
export function indexDocument(
  doc: Document,
  aliases: ReadonlyMap<Alias, Node | undefined>,
): DocumentIndex {
  const resolve = (node: unknown) => (isAlias(node) ? aliases.get(node) : node);
  const index = new Map<string, IndexedField[]>();
  const add = (path: string, field: IndexedField) => {
    const fields = index.get(path);
    if (fields === undefined) index.set(path, [field]);
    else fields.push(field);
  };
  const pending: { node: unknown; path: string }[] = [{ node: doc.contents, path: '' }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const node = resolve(next.node);
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyText = isScalar(pair.key) ? String(pair.key.value ?? '') : undefined;
        if (keyText === undefined) continue;
        const value = resolve(pair.value);
        const field: IndexedField = { key: pair.key as Node, value: value as Node, keyText };
        const path = joinJsonPath(next.path, keyText);
        add(path, field);
        if (isRedactedKey(keyText)) add(joinJsonPath(next.path, REDACTED_KEY), field);
        pending.push({ node: value, path });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, position) => {
        const value = resolve(item);
        const path = joinJsonPath(next.path, position);
        add(path, { value: value as Node });
        pending.push({ node: value, path });
      });
    }
  }
  return index;
}

/** The last segment of the path of a key that is itself a credential: `["<redacted key>"]`. */
export const REDACTED_KEY_SEGMENT = joinJsonPath('', REDACTED_KEY);

/** Whether the guard shows a key as `["<redacted key>"]` (the key is itself a credential). */
function isRedactedKey(key: string): boolean {
  return findSensitiveMaterial({ [key]: null }, { limit: 1 })[0]?.path === REDACTED_KEY_SEGMENT;
}
