import { type ArgsDef, type CommandDef, renderUsage } from 'citty';
import { COLOUR_ARGS } from './colour-flags.js';
import { examplesOf, resolveValue } from './command.js';
import { type Style, stripEscapes } from './style.js';

/** The options every command takes, listed in its usage: colour and `--help`. */
const COMMON_ARGS: ArgsDef = {
  ...COLOUR_ARGS,
  help: { type: 'boolean', alias: 'h', description: 'Show this help' },
};

/** citty's own default note, `(Default: 8787)`, as every other option words it. */
const CITTY_DEFAULT = /\(Default: ([^)]*)\)/g;

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
  const rendered = await renderUsage({ ...command, args: { ...args, ...COMMON_ARGS } }, parent);
  const usage = (style.enabled ? rendered : stripEscapes(rendered)).replace(
    CITTY_DEFAULT,
    '(default $1)',
  );
  const examples = examplesOf(command);
  const lines = usage.split('\n').map((line) => line.trimEnd());
  while (lines.at(-1) === '') lines.pop();
  if (examples.length > 0) {
    lines.push('', style.bold('EXAMPLES'), '', ...examples.map((example) => `  $ ${example}`));
  }
  return `${lines.join('\n')}\n`;
}
