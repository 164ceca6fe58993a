import { type ArgsDef, type CommandDef, renderUsage } from 'citty';
import { examplesOf, resolveValue } from './command.js';
import { type Style, stripEscapes } from './style.js';

/** The `--help` option every command takes, listed in its usage. */
const HELP_ARG: ArgsDef = {
  help: { type: 'boolean', alias: 'h', description: 'Show this help' },
};

/**
 * Renders a command's `--help`: citty's usage (arguments, options, subcommands) with the
 * `--help` option added, followed by the command's examples. citty colours on its own
 * terms, so its escape codes are removed unless colour is on.
 *
 * @param command The command.
 * @param parent The top-level command, so the usage line reads `cavra-contracts <command>`.
 * @param style Whether to colour.
 * @returns The help text.
 */
export async function renderHelp(
  command: CommandDef<ArgsDef>,
  parent: CommandDef<ArgsDef> | undefined,
  style: Style,
): Promise<string> {
  const args = await resolveValue<ArgsDef>(command.args ?? {});
  const rendered = await renderUsage({ ...command, args: { ...args, ...HELP_ARG } }, parent);
  const usage = style.enabled ? rendered : stripEscapes(rendered);
  const examples = examplesOf(command);
  const lines = usage.split('\n').map((line) => line.trimEnd());
  while (lines.at(-1) === '') lines.pop();
  if (examples.length > 0) {
    lines.push('', style.bold('EXAMPLES'), '', ...examples.map((example) => `  $ ${example}`));
  }
  return `${lines.join('\n')}\n`;
}
