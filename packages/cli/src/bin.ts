#!/usr/bin/env node
import { runCli } from './run.js';

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.stderr.write('cavra-contracts: unexpected internal error; please report it\n');
    process.exitCode = 2;
  },
);
