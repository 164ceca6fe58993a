#!/usr/bin/env node
// The `cavra-contracts` command: the built command line in dist/. This file is committed, so
// installing the workspace links the command before the first build (and says nothing).
import '../dist/bin.js';
