import { commandLineOf, defineCliCommand } from '../command.js';
import { EXIT_CODES } from '../exit-codes.js';
import {
  assertOptionsApply,
  buildRequestFromOptions,
  buildResponseFromOptions,
  respondArgs,
} from '../operations/operation-options.js';
import { printJson } from '../output.js';
import { operationArgument } from './operation-argument.js';

/** `cavra-contracts respond OPERATION TENANT_ID [options]`: a request and its response. */
export default defineCliCommand({
  meta: {
    name: 'respond',
    description: 'Build a request and a response to it; print {"request", "response"} as JSON',
  },
  args: respondArgs,
  examples: [
    'cavra-contracts respond customer_operating_dashboard tenant-acme --dashboard-status ready --billing-status degraded',
    'cavra-contracts respond support_handoff_readiness tenant-acme --escalation-status blocked --blocker "no EU escalation owner"',
    'cavra-contracts respond saas_operating_automation tenant-acme --automation-status automated --response-status accepted > pair.json',
  ],
  run(context) {
    const commandLine = commandLineOf(context);
    const { contract } = operationArgument(String(context.args['operation']), 'respond');
    assertOptionsApply(contract, commandLine, 'respond');
    const tenantId = String(context.args['tenant_id']);
    const request = buildRequestFromOptions(contract, tenantId, commandLine);
    const response = buildResponseFromOptions(contract, request, commandLine);
    printJson({ request, response });
    return EXIT_CODES.ok;
  },
});
