import { describe, expect, it } from 'vitest';
import { isAlias, parseDocument, visit } from 'yaml';
import { documentAliases, MAX_ALIAS_WORK } from './yaml-aliases.js';

describe('documentAliases', () => {
  it('resolves each alias to the node the parser resolves it to, a redefined anchor included', () => {
    const doc = parseDocument(
      [
        'a: &x one',
        'b: *x',
        'c: &x [two]',
        '? &k key',
        ': *k',
        'd: *x',
        'e: { f: &x three, g: *x }',
      ].join('\n'),
    );
    const { targets } = documentAliases(doc);
    const expected: unknown[] = [];
    visit(doc, {
      Alias(_, alias) {
        expected.push(alias.resolve(doc));
      },
    });
    expect(expected).toHaveLength(4);
    expect([...targets.values()]).toEqual(expected);
    expect([...targets.values()].map((node) => node?.toJSON())).toEqual([
      'one',
      'key',
      ['two'],
      'three',
    ]);
  });

  it('costs nothing without aliases and grows with the aliases, quadratically', () => {
    const plain = parseDocument('a: [1, 2, {b: c}]\n');
    expect(documentAliases(plain).work).toBe(0);
    const aliased = (count: number) =>
      documentAliases(
        parseDocument(
          Array.from({ length: count }, (_, at) => `a${at}: &x${at} v\nb${at}: *x${at}`).join('\n'),
        ),
      ).work;
    // Alias n (from 0) is looked up among the 2n + 1 anchors and aliases before it: n² in all.
    expect(aliased(2)).toBe(1 + 3);
    expect(aliased(2000)).toBe(MAX_ALIAS_WORK);
    expect(aliased(2001)).toBeGreaterThan(MAX_ALIAS_WORK);
  });

  it('counts each alias inside an anchored collection as a walk of the whole document', () => {
    const doc = parseDocument('a: &a [x, y]\nb: &b [*a, z]\nc: *b\n');
    const nodes = 11; // the root map, its 3 keys, the 2 lists and their 4 items, and *b
    const aliases = [...documentAliases(doc).targets.keys()];
    expect(aliases.every((alias) => isAlias(alias))).toBe(true);
    // Under anchors: x, y (1 each), *a and z (1 each); *a looked up after a and b (2), *b
    // after a, b and *a (3); *a nested once: a walk of the 11 nodes.
    expect(documentAliases(doc).work).toBe(4 + 2 + 3 + nodes);
  });
});
