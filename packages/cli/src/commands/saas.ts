import { compatContractDocument, compatContractOf, REGISTRY } from '@cavra/contracts';
import type { ArgsDef, CommandDef } from 'citty';
import { defineCliCommand } from '../command.js';
import { compatCommand } from '../compat/compat-command.js';
import { EXIT_CODES } from '../exit-codes.js';
import { printJson } from '../print-json.js';

/** The first word of the reference's commands, this group's name. */
const GROUP = 'saas';

/** `cavra-contracts saas contract`: the contract as the reference describes it. */
const contract = defineCliCommand({
  meta: {
    name: 'contract',
    description:
      'Print the contract as the reference describes it: each operation by name with its request and response schema versions',
  },
  args: {},
  examples: ['cavra-contracts saas contract'],
  run() {
    printJson(compatContractDocument());
    return EXIT_CODES.ok;
  },
}) as CommandDef<ArgsDef>;

/** One command per contract whose declaration names a `saas …` command, in registry order. */
function contractCommands(): Record<string, CommandDef<ArgsDef>> {
  const commands: Record<string, CommandDef<ArgsDef>> = {};
  for (const entry of REGISTRY.map(compatContractOf)) {
    const words = entry.declaration.compatibility.command;
    const name = words?.[1];
    if (words?.[0] === GROUP && name !== undefined) commands[name] = compatCommand(entry, name);
  }
  return commands;
}

/**
 * `cavra-contracts saas <command>`: the reference implementation's command names, for
 * scripts written against it. `saas contract` lists the operations; `saas <name> TENANT`
 * (one per contract, named by its declaration) prints a request and its response.
 */
export default defineCliCommand({
  meta: {
    name: GROUP,
    description:
      "The reference implementation's commands: saas contract, and saas <operation> TENANT with its flags",
  },
  subCommands: { contract, ...contractCommands() },
  examples: [
    'cavra-contracts saas contract',
    'cavra-contracts saas operating-automation tenant-demo --requested-by console --automation-status scheduled',
    'cavra-contracts saas worker-handoff tenant-demo --worker-mode shadow --worker-target closeout_retry',
  ],
});
