// `pnpm schemas`: writes the JSON Schema files of every published version of every contract (build first).
// The generator is the testkit's TypeScript; esbuild compiles it into this package's cache.
import { mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PUBLISHED_CONTRACTS } from '@cavra/contracts';
import { build } from 'esbuild';

const cache = new URL('../node_modules/.cache/', import.meta.url);
mkdirSync(cache, { recursive: true });
const outfile = fileURLToPath(new URL('write-schemas.mjs', cache));
await build({
  entryPoints: [fileURLToPath(import.meta.resolve('@cavra/contract-testkit/write-schemas'))],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  logLevel: 'warning',
});
const { writeSchemas } = await import(pathToFileURL(outfile).href);
const root = fileURLToPath(new URL('../../../', import.meta.url));
for (const path of writeSchemas(root, PUBLISHED_CONTRACTS)) console.log(`wrote ${path}`);
