import { type Alias, type Document, isAlias, isCollection, isNode, isPair, type Node } from 'yaml';

/**
 * The most work a YAML file's aliases may cost the parser's conversion to a value before the
 * file is scanned as text instead. The parser looks each alias up among every anchor and
 * alias before it, walks an aliased collection once, and for each alias inside an anchored
 * collection walks the whole document: a file of many aliases, or of aliases nested in
 * anchors, makes that quadratic. One unit is one node looked at (about 30 ns); 4 million
 * units keep a file's aliases under about 150 ms, while configuration files with their
 * tens of aliases cost a few thousand.
 */
export const MAX_ALIAS_WORK = 4_000_000;

/** The aliases of a document and what converting it would cost. */
export interface DocumentAliases {
  /** What each alias stands for: the last node before it with its anchor, if any. */
  readonly targets: ReadonlyMap<Alias, Node | undefined>;
  /** The estimated work of resolving the aliases, in nodes looked at (see {@link MAX_ALIAS_WORK}). */
  readonly work: number;
}

/**
 * Resolves a document's aliases in one walk, in the order the parser's own resolution uses
 * (document order, a pair's key before its value: an alias stands for the last node before
 * it with its anchor), and estimates what the parser's conversion to a value
 * (`doc.toJS({ maxAliasCount })`) would spend on them, without running it.
 *
 * @param doc A parsed document.
 * @returns Each alias's node and the estimated work.
 */
export function documentAliases(doc: Document): DocumentAliases {
  const targets = new Map<Alias, Node | undefined>();
  const latest = new Map<string, Node>();
  let nodes = 0;
  let marked = 0;
  let nestedAliases = 0;
  let work = 0;
  const pending: { item: unknown; anchored: number }[] = [{ item: doc.contents, anchored: 0 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { item, anchored } = next;
    if (isPair(item)) {
      pending.push({ item: item.value, anchored }, { item: item.key, anchored });
      continue;
    }
    if (!isNode(item)) continue;
    nodes++;
    // The conversion walks every anchored collection an alias uses, once.
    work += anchored;
    if (isAlias(item)) {
      targets.set(item, latest.get(item.source));
      // Looked up among every anchor and alias before it.
      work += marked;
      marked++;
      nestedAliases += anchored;
      continue;
    }
    const anchor = item.anchor;
    if (anchor) {
      latest.set(anchor, item);
      marked++;
    }
    if (isCollection(item)) {
      const inner = anchor ? anchored + 1 : anchored;
      for (let at = item.items.length - 1; at >= 0; at--) {
        pending.push({ item: item.items[at], anchored: inner });
      }
    }
  }
  // Each alias inside an anchored collection is resolved again with a walk of the document.
  return { targets, work: work + nestedAliases * nodes };
}
