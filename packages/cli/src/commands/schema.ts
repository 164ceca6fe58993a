import { usageError } from '../cli-error.js';
import { defineCliCommand } from '../command.js';
import { EXIT_CODES } from '../exit-codes.js';
import { OPERATION_NAMES } from '../operations/registry.js';
import { printOut } from '../output.js';
import { quoteInput } from '../redact.js';
import { operationArgument } from './operation-argument.js';
import { versionArgument, versionOption } from './version-argument.js';

/** `cavra-contracts schema OPERATION [--kind request|response] [--version vN]`: the shipped JSON Schema. */
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
    version: versionOption,
  },
  examples: [
    'cavra-contracts schema customer_operating_dashboard',
    'cavra-contracts schema support_handoff_readiness --kind response > response.schema.json',
    'cavra-contracts schema support_handoff_readiness --version v1',
  ],
  run({ args }) {
    const operation = operationArgument(args.operation, 'schema');
    const kind = args.kind ?? 'request';
    if (kind !== 'request' && kind !== 'response') {
      throw usageError(`unknown kind ${quoteInput(kind)}; kinds: request, response`, 'schema');
    }
    // The document as its package ships it in schema/: two-space JSON and a final newline.
    const { jsonSchemas } = versionArgument(operation, args.version, 'schema');
    const text = `${JSON.stringify(jsonSchemas[kind], null, 2)}\n`;
    printOut(text);
    return EXIT_CODES.ok;
  },
});
