import { defineCliCommand } from '../command.js';
import { checkToJson, formatIssues, formatValid } from '../document/describe-check.js';
import { loadDocument } from '../document/load-document.js';
import { MAX_INPUT_BYTES } from '../document/read-input.js';
import { EXIT_CODES } from '../exit-codes.js';
import { printErr, printJson, printOut } from '../output.js';

/** `cavra-contracts validate [FILE|-]`: checks a request, a response or a pair. */
export default defineCliCommand({
  meta: {
    name: 'validate',
    description:
      'Validate a request, a response or a {"request", "response"} pair (kind and operation recognised)',
  },
  args: {
    file: {
      type: 'positional',
      required: false,
      description: `A JSON document of at most ${MAX_INPUT_BYTES / 1024 / 1024} MiB; - or nothing reads stdin`,
    },
    json: {
      type: 'boolean',
      description: 'Print {"valid", "kind", "operation", "issues"} as JSON on stdout',
    },
  },
  examples: [
    'cavra-contracts validate response.json',
    'cavra-contracts respond customer_operating_dashboard tenant-acme | cavra-contracts validate',
    'cavra-contracts validate --json request.json',
  ],
  async run({ args }) {
    const check = await loadDocument(args.file, 'validate');
    const code = check.valid ? EXIT_CODES.ok : EXIT_CODES.violation;
    if (args.json) printJson(checkToJson(check));
    else if (check.valid) printOut(formatValid(check));
    else printErr(`cavra-contracts: ${formatIssues(check)}`);
    return code;
  },
});
