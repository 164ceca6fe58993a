import type { ArgsDef } from 'citty';
import type { ParsedCommandLine } from '../argv.js';
import { usageError } from '../cli-error.js';
import { commandLineOf, defineCliCommand } from '../command.js';
import { formatIssues } from '../document/describe-check.js';
import { loadDocument } from '../document/load-document.js';
import type { WireDocument } from '../document/wire-document.js';
import { EXIT_CODES } from '../exit-codes.js';
import {
  assertOptionsApply,
  buildRequestFromOptions,
  buildResponseFromOptions,
  requestArgs,
  respondArgs,
} from '../operations/operation-options.js';
import { printErr } from '../output.js';
import { printJson } from '../print-json.js';
import { operationArgument } from './operation-argument.js';

/** `respond`'s arguments: those of `request` and the summary, OPERATION and TENANT_ID optional with `--request`. */
function args(): ArgsDef {
  const all = respondArgs();
  return {
    ...all,
    operation: {
      ...all['operation'],
      required: false,
      description: `${all['operation']?.description} (not with --request)`,
    },
    tenant_id: {
      ...all['tenant_id'],
      required: false,
      description: 'The tenant identifier (not with --request)',
    },
    request: {
      type: 'string',
      description:
        'Answer this request document (a file, or - for stdin) instead of building one; the options set the summary (default: build the request)',
      valueHint: 'FILE|-',
    },
  };
}

/**
 * `cavra-contracts respond OPERATION TENANT_ID [options]` or `respond --request FILE|-
 * [options]`: a request and the response to it, as `{"request", "response"}`.
 */
export default defineCliCommand({
  meta: {
    name: 'respond',
    description:
      'Answer a request: build it from OPERATION TENANT_ID and its options, or read it with --request; print {"request", "response"} as JSON',
  },
  args,
  examples: [
    'cavra-contracts respond customer_operating_dashboard tenant-acme --dashboard-status ready --billing-status degraded',
    'cavra-contracts respond support_handoff_readiness tenant-acme --escalation-status blocked --blocker "no EU escalation owner"',
    'cavra-contracts request saas_operating_automation tenant-acme > request.json && cavra-contracts respond --request request.json --automation-status automated --response-status accepted',
  ],
  async run(context) {
    const commandLine = commandLineOf(context);
    const file = context.args['request'];
    if (typeof file === 'string') return answerRequestFile(file, commandLine);
    const [operationName, tenantId] = commandLine.positionals;
    if (operationName === undefined || tenantId === undefined) {
      throw usageError('respond needs OPERATION and TENANT_ID, or --request FILE', 'respond');
    }
    const { contract } = operationArgument(operationName, 'respond');
    assertOptionsApply(contract, commandLine, 'respond');
    const request = buildRequestFromOptions(contract, tenantId, commandLine);
    printJson({ request, response: buildResponseFromOptions(contract, request, commandLine) });
    return EXIT_CODES.ok;
  },
});

/** Answers the request read from a file or stdin; the options give only the summary. */
async function answerRequestFile(file: string, commandLine: ParsedCommandLine) {
  if (commandLine.positionals.length > 0) {
    throw usageError(
      '--request takes the operation and tenant from the request: give no OPERATION or TENANT_ID',
      'respond',
    );
  }
  const requestOnly = Object.keys(requestArgs()).find(
    (name) => name !== 'operation' && name !== 'tenant_id' && commandLine.options.has(name),
  );
  if (requestOnly !== undefined) {
    throw usageError(
      `option --${requestOnly} builds a request, and --request gives one already`,
      'respond',
    );
  }
  const check = await loadDocument(file, 'respond');
  if (!check.valid) {
    printErr(`cavra-contracts: ${formatIssues(check)}`);
    return EXIT_CODES.violation;
  }
  if (check.kind !== 'request' || !check.request || !check.contract) {
    throw usageError(
      `--request needs a request document, and this is a ${check.kind === 'pair' ? '{request, response} pair' : 'response'}`,
      'respond',
    );
  }
  assertOptionsApply(check.contract, commandLine, 'respond');
  const request: WireDocument = check.request;
  printJson({ request, response: buildResponseFromOptions(check.contract, request, commandLine) });
  return EXIT_CODES.ok;
}
