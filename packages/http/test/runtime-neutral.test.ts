import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../src');
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/g;

/** Every module specifier reachable from an entry through relative imports. */
function reachableImports(entry: string): { files: string[]; external: Set<string> } {
  const files: string[] = [];
  const external = new Set<string>();
  const queue = [resolve(SRC, entry)];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (files.includes(file)) continue;
    files.push(file);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const specifier = match[1] as string;
      if (specifier.startsWith('.'))
        queue.push(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else external.add(specifier);
    }
  }
  return { files, external };
}

describe('createApp stays runtime-neutral', () => {
  it('imports nothing Node-only from the main entry', () => {
    const { files, external } = reachableImports('index.ts');
    expect(files.length).toBeGreaterThan(15);
    const nodeOnly = [...external].filter(
      (specifier) => specifier.startsWith('node:') || specifier.startsWith('@hono/node-server'),
    );
    expect(nodeOnly).toEqual([]);
    expect(external).toContain('hono');
  });

  it('imports nothing Node-only from the ./worker entry', () => {
    const { external } = reachableImports('worker.ts');
    expect([...external].filter((specifier) => specifier.startsWith('node:'))).toEqual([]);
    expect([...external].filter((specifier) => specifier.startsWith('@hono/node'))).toEqual([]);
    expect(external).toContain('hono');
  });

  it('keeps the Node server in the ./node entry', () => {
    const { external } = reachableImports('node.ts');
    expect(external).toContain('@hono/node-server');
  });
});
