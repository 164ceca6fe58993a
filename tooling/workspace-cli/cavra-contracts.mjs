#!/usr/bin/env node
// @ts-check
// `pnpm cavra-contracts ...` in this repository: pnpm finds no script of that name and runs this
// bin (linked into the root node_modules/.bin by `pnpm install`), which starts the CLI built in
// packages/cli. Nothing is built here, so each call costs one Node start-up; the output, exit
// code and working directory are the CLI's own, as with the installed `cavra-contracts`.
import { existsSync } from 'node:fs';

const built = new URL('../../packages/cli/dist/bin.js', import.meta.url);

if (existsSync(built)) {
  await import(built.href);
} else {
  process.stderr.write(
    'cavra-contracts: the CLI is not built yet: run `pnpm build` (or the quick start, `pnpm demo`) first\n',
  );
  process.exitCode = 2;
}
