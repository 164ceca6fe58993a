import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { DOCUMENT_SCHEMA_VERSIONS, schemaFileName } from '@cavra/contracts-core';
import { CliError, usageError } from '../cli-error.js';
import { defineCliCommand } from '../command.js';
import { EXIT_CODES } from '../exit-codes.js';
import { OPERATION_NAMES } from '../operations/registry.js';
import { printOut } from '../output.js';
import { quoteInput } from '../redact.js';
import { operationArgument } from './operation-argument.js';

/** `cavra-contracts schema OPERATION [--kind request|response]`: the shipped JSON Schema. */
export default defineCliCommand({
  meta: {
    name: 'schema',
    description: 'Print the JSON Schema a contract package ships for its request or response',
  },
  args: {
    operation: {
      type: 'positional',
      required: true,
      description: `One of ${OPERATION_NAMES.join(', ')}`,
    },
    kind: {
      type: 'string',
      description: 'request or response (default request)',
      valueHint: 'request|response',
    },
  },
  examples: [
    'cavra-contracts schema customer_operating_dashboard',
    'cavra-contracts schema support_handoff_readiness --kind response > response.schema.json',
  ],
  run({ args }) {
    const operation = operationArgument(args.operation, 'schema');
    const kind = args.kind ?? 'request';
    if (kind !== 'request' && kind !== 'response') {
      throw usageError(`unknown kind ${quoteInput(kind)}; kinds: request, response`, 'schema');
    }
    const specifier = `${operation.packageName}/schema/${schemaFileName(DOCUMENT_SCHEMA_VERSIONS[kind])}`;
    let text: string;
    try {
      text = readFileSync(createRequire(import.meta.url).resolve(specifier), 'utf8');
    } catch {
      throw new CliError(
        `cannot read ${specifier}: the installed ${operation.packageName} does not ship it`,
        EXIT_CODES.usage,
      );
    }
    printOut(text);
    return EXIT_CODES.ok;
  },
});
