import { commandLineOf, defineCliCommand } from '../command.js';
import { EXIT_CODES } from '../exit-codes.js';
import {
  assertOptionsApply,
  buildRequestFromOptions,
  requestArgs,
} from '../operations/operation-options.js';
import { printJson } from '../print-json.js';
import { operationArgument } from './operation-argument.js';

/** `cavra-contracts request OPERATION TENANT_ID [options]`: a request as JSON. */
export default defineCliCommand({
  meta: {
    name: 'request',
    description: 'Build a request of an operation and print it as JSON',
  },
  args: requestArgs,
  examples: [
    'cavra-contracts request customer_operating_dashboard tenant-acme',
    'cavra-contracts request support_handoff_readiness tenant-acme --support-tier premium --required-check escalation_routing --required-check handoff_dashboard',
    'cavra-contracts request saas_operating_automation tenant-acme --automation-cadence hourly > request.json',
  ],
  run(context) {
    const commandLine = commandLineOf(context);
    const { contract } = operationArgument(String(context.args['operation']), 'request');
    assertOptionsApply(contract, commandLine, 'request');
    const tenantId = String(context.args['tenant_id']);
    printJson(buildRequestFromOptions(contract, tenantId, commandLine));
    return EXIT_CODES.ok;
  },
});
