#!/usr/bin/env node
// The `cavra-contracts` command: the built command line in dist/. This file is committed, so
// installing the workspace links the command before the first build (and says nothing).
import('../dist/bin.js').catch((error) => {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  process.stderr.write('cavra-contracts: not built yet; run `pnpm build` first\n');
  process.exitCode = 2;
});
