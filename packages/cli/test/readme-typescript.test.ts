import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { typeScriptBlocks } from '@cavra/contract-testkit';
import { describe, expect, it } from 'vitest';
import { ROOT, readmeFiles } from './readme-files.js';

// Every TypeScript example (```ts block) of every README type-checks as written, as a consumer
// would compile it: from the folder of the package it documents (the root README's from
// `@cavra/contracts`, which depends on every contract), against the built packages, with the
// repository's strict compiler options and Node's types. Only the examples for another runtime are
// left out: Deno's (`npm:` specifiers, which Deno resolves itself) and Bun's (the `Bun` global).

const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

const ALL = readmeFiles()
  .map(({ path, name, folder }) => ({
    name,
    folder,
    blocks: typeScriptBlocks(readFileSync(path, 'utf8')).filter(
      (block) => !/'npm:|\bBun\./.test(block),
    ),
  }))
  .filter((readme) => readme.blocks.length > 0);

describe('README TypeScript examples', () => {
  it('finds the examples of the root README and of the front ends', () => {
    expect(ALL.map((readme) => readme.name)).toEqual(
      expect.arrayContaining([
        'README.md',
        'packages/core/README.md',
        'packages/contracts/README.md',
        'packages/console/README.md',
        'packages/http/README.md',
      ]),
    );
  });

  describe.each(ALL)('$name', (readme) => {
    it('type-checks every example as written', () => {
      const directory = join(readme.folder, 'node_modules', '.cache', 'readme-typescript');
      rmSync(directory, { recursive: true, force: true });
      mkdirSync(directory, { recursive: true });
      try {
        const files = readme.blocks.map((block, index) => {
          const file = join(directory, `example-${index + 1}.ts`);
          writeFileSync(file, block);
          return file;
        });
        const config = {
          extends: join(ROOT, 'tsconfig.base.json'),
          // An example may name a value only to show it; a consumer would go on to use it.
          compilerOptions: { lib: ['ES2022', 'DOM'], noUnusedLocals: false, types: ['node'] },
          files,
        };
        writeFileSync(join(directory, 'tsconfig.json'), JSON.stringify(config));
        const result = spawnSync(process.execPath, [TSC, '-p', directory], { encoding: 'utf8' });
        expect(result.stdout + result.stderr).toBe('');
        expect(result.status).toBe(0);
      } finally {
        rmSync(directory, { recursive: true, force: true });
      }
    }, 120_000);
  });
});
