import type { ArgDef, ArgsDef } from 'citty';
import { COLOUR_ARGS } from '../colour-flags.js';
import { resolveValue } from '../command.js';
import { HELP_FLAGS } from '../help-flags.js';
import type { CommandLoader } from '../main.js';
import { OPERATION_NAMES } from '../operations/registry.js';

/** One option of a command, as a shell completes it. */
export interface CompletionOption {
  /** The long name, without `--`. */
  readonly name: string;
  /** Whether a value follows it. */
  readonly takesValue: boolean;
  /** The values to offer after it; empty for free text or a file. */
  readonly choices: readonly string[];
  /** The one-line description its `--help` shows. */
  readonly description: string;
}

/** One command, as a shell completes it. */
export interface CompletionCommand {
  readonly name: string;
  readonly description: string;
  readonly options: readonly CompletionOption[];
  /** The values to offer for its positional arguments (operations, shells); may be empty. */
  readonly values: readonly string[];
  /** Whether its positional arguments are files (then the shell completes file names). */
  readonly files: boolean;
}

/** The positional argument whose values are the operations. */
const OPERATION_ARGUMENT = 'operation';

/**
 * Lists the values a hint such as `text|markdown|json` names; a hint naming a kind of input
 * in capitals (`FILE|DIR|-`, `PORT`) or a single word (`label`) names none.
 */
function choicesOf(def: ArgDef): readonly string[] {
  const hint = 'valueHint' in def ? def.valueHint : undefined;
  if (typeof hint !== 'string' || !hint.includes('|') || /[A-Z]/.test(hint)) return [];
  return hint.split('|');
}

function filesOf(def: ArgDef): boolean {
  const hint = 'valueHint' in def ? def.valueHint : undefined;
  return typeof hint === 'string' && hint.includes('FILE');
}

/**
 * Derives what the shells complete from the commands' own definitions: each command's name
 * and description, its options (with the values a `a|b|c` hint lists), and what its
 * positional arguments take (operations, listed values, or files). The colour and help
 * options every command takes are added.
 *
 * @param commands The subcommands, by name, each loaded on demand.
 * @returns One entry per command, in the given order.
 */
export async function completionModel(
  commands: Readonly<Record<string, CommandLoader>>,
): Promise<CompletionCommand[]> {
  const model: CompletionCommand[] = [];
  for (const [name, load] of Object.entries(commands)) {
    const command = await load();
    const meta = await resolveValue(command.meta ?? {});
    const args = { ...(await resolveValue<ArgsDef>(command.args ?? {})), ...COLOUR_ARGS };
    const options: CompletionOption[] = [];
    const values: string[] = [];
    let files = false;
    for (const [argName, def] of Object.entries(args)) {
      if (def.type === 'positional') {
        if (argName === OPERATION_ARGUMENT) values.push(...OPERATION_NAMES);
        values.push(...choicesOf(def));
        files ||= filesOf(def);
        continue;
      }
      const description = def.description ?? '';
      options.push({
        name: argName,
        takesValue: def.type !== 'boolean',
        choices: choicesOf(def),
        description,
      });
      if (def.type === 'boolean' && argName === 'color') {
        options.push({
          name: 'no-color',
          takesValue: false,
          choices: [],
          description: 'Never colour the output',
        });
      }
    }
    const help = HELP_FLAGS.find((flag) => flag.startsWith('--'))?.slice(2) ?? 'help';
    options.push({ name: help, takesValue: false, choices: [], description: 'Show this help' });
    model.push({ name, description: String(meta.description ?? ''), options, values, files });
  }
  return model;
}
