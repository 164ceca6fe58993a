import { CONTRACT_SCHEMA_VERSION, describeContract } from '@cavra/contracts-core';
import { defineCliCommand } from '../command.js';
import { EXIT_CODES } from '../exit-codes.js';
import { CONTRACTS, OPERATION_NAMES } from '../operations/registry.js';
import { printJson } from '../print-json.js';
import { operationArgument } from './operation-argument.js';
import { versionArgument, versionOption } from './version-argument.js';

/** `cavra-contracts describe [OPERATION] [--version vN]`: the public contract as JSON. */
export default defineCliCommand({
  meta: {
    name: 'describe',
    description: 'Print the public contract of one operation, or of every operation, as JSON',
  },
  args: {
    operation: {
      type: 'positional',
      required: false,
      description: `One of ${OPERATION_NAMES.join(', ')}; all when left out`,
    },
    version: versionOption,
  },
  examples: [
    'cavra-contracts describe',
    'cavra-contracts describe support_handoff_readiness',
    'cavra-contracts describe support_handoff_readiness --version v1',
    "cavra-contracts describe saas_operating_automation | jq '.checks[].check'",
  ],
  run({ args }) {
    const name = args.operation;
    if (name !== undefined) {
      const operation = operationArgument(name, 'describe');
      const { contract } = versionArgument(operation, args.version, 'describe');
      printJson(describeContract(contract));
      return EXIT_CODES.ok;
    }
    printJson({
      contract_version: CONTRACT_SCHEMA_VERSION,
      operations: Object.fromEntries(
        CONTRACTS.map((contract) => [contract.spec.operation, describeContract(contract)]),
      ),
    });
    return EXIT_CODES.ok;
  },
});
