import {
  buildCompatPair,
  COMPAT_TENANT_FIELD,
  type CompatField,
  compatDetail,
  compatFields,
} from '@cavra/contracts';
import { type AnyContract, ContractError } from '@cavra/contracts-core';
import type { ArgDef, ArgsDef, CommandDef } from 'citty';
import type { ParsedCommandLine } from '../argv.js';
import { commandLineOf, defineCliCommand } from '../command.js';
import { EXIT_CODES } from '../exit-codes.js';
import { optionName } from '../operations/operation-fields.js';
import { printErr } from '../output.js';
import { printJson } from '../print-json.js';

/**
 * The command-line option of a compatibility field, as the reference names it: the field in
 * kebab-case, singular for a list (one value per use: `--required-check`, `--worker-target`,
 * `--blocker`).
 *
 * @param field The field.
 * @returns The option name without dashes in front.
 */
export function compatOptionName(field: CompatField): string {
  const name = optionName(field.name);
  return field.list === null ? name : name.replace(/s$/, '');
}

/**
 * The arguments of a compatibility command: the tenant, then one option per field the
 * reference reads, each described with its values and default.
 *
 * @param contract The contract.
 * @returns The citty argument definitions.
 */
export function compatArgs(contract: AnyContract): ArgsDef {
  const args: ArgsDef = {
    [COMPAT_TENANT_FIELD]: {
      type: 'positional',
      description: 'The tenant identifier',
      required: true,
    },
  };
  for (const field of compatFields(contract)) {
    args[compatOptionName(field)] = optionOf(field, withinOf(contract, field));
  }
  return args;
}

/** The payload list a check list must stay within (`worker_targets` within `required_checks`). */
function withinOf(contract: AnyContract, field: CompatField): string | undefined {
  const entry = Object.hasOwn(contract.declaration.payload, field.name)
    ? contract.declaration.payload[field.name]
    : undefined;
  return entry?.kind === 'list' && entry.of === 'checks' ? entry.within : undefined;
}

function optionOf(field: CompatField, within: string | undefined): ArgDef {
  const values = field.values.length > 0 ? `: ${field.values.join(', ')}` : '';
  const checks = within === undefined ? 'every check' : `every check of ${within}`;
  const fallback = { checks, lines: 'none' }[field.list ?? 'lines'];
  const repeat = field.list === null ? '' : '; repeat it, the order is kept';
  return {
    type: 'string',
    description: `${field.name}${values}${repeat} (default ${field.list === null ? String(field.default) : fallback})`,
    valueHint:
      field.values.length > 0 ? field.values.join('|') : (field.list ?? 'value').replace(/s$/, ''),
  };
}

/**
 * Reads a checked command line as the flat input the reference's command builds: the
 * tenant, the last value of each single option and every value of a list option.
 *
 * @param contract The contract.
 * @param commandLine The checked command line.
 * @returns The flat input; options not given are left out.
 */
export function compatInput(
  contract: AnyContract,
  commandLine: ParsedCommandLine,
): Record<string, unknown> {
  const input: Record<string, unknown> = { [COMPAT_TENANT_FIELD]: commandLine.positionals[0] };
  for (const field of compatFields(contract)) {
    const values = commandLine.options.get(compatOptionName(field));
    if (values === undefined) continue;
    input[field.name] = field.list === null ? values[values.length - 1] : [...values];
  }
  return input;
}

/**
 * Defines the reference command of one contract (e.g. `cavra-contracts saas worker-handoff
 * TENANT`): it prints `{"request", "response"}` as JSON, or the reference's one-line message
 * on standard error with exit code 1 for a contract error.
 *
 * @param contract The contract.
 * @param name The command's name (the last word of its declared command).
 * @returns The citty command.
 */
export function compatCommand(contract: AnyContract, name: string): CommandDef<ArgsDef> {
  const { title } = contract.spec;
  return defineCliCommand({
    meta: {
      name,
      description: `Print a ${title} request and its response as {"request", "response"} JSON (the reference's command)`,
    },
    args: compatArgs(contract),
    examples: [`cavra-contracts saas ${name} tenant-demo --requested-by console`],
    run(context) {
      const input = compatInput(contract, commandLineOf(context));
      try {
        printJson(buildCompatPair(contract, input));
        return EXIT_CODES.ok;
      } catch (caught) {
        if (!ContractError.isInstance(caught)) throw caught;
        printErr(compatDetail(contract, caught));
        return EXIT_CODES.violation;
      }
    },
  }) as CommandDef<ArgsDef>;
}
