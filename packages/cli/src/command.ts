import { type ArgsDef, type CommandContext, type CommandDef, defineCommand } from 'citty';
import type { ParsedCommandLine } from './argv.js';

const EXAMPLES = Symbol.for('cavra.contracts-cli.examples');

/** A citty command definition plus the examples its `--help` shows. */
export type CliCommandSpec<T extends ArgsDef> = CommandDef<T> & {
  /** Command lines shown under EXAMPLES in `--help`, each without the leading `$ `. */
  readonly examples?: readonly string[];
};

/**
 * Defines a `cavra-contracts` subcommand: a citty command whose `--help` also lists
 * examples. A command's `run` returns its exit code (0 or 1); usage and input problems are
 * thrown as `CliError`, contract violations as `ContractError`.
 *
 * @param spec The citty definition and its examples.
 * @returns The command definition.
 */
export function defineCliCommand<const T extends ArgsDef>(spec: CliCommandSpec<T>): CommandDef<T> {
  const { examples, ...definition } = spec;
  const command = defineCommand(definition);
  if (examples) Object.defineProperty(command, EXAMPLES, { value: examples });
  return command;
}

/**
 * The examples of a command, if it was defined with {@link defineCliCommand}.
 *
 * @param command Any citty command.
 * @returns Its examples; empty when it has none.
 */
export function examplesOf(command: CommandDef<ArgsDef>): readonly string[] {
  const examples = (command as { [EXAMPLES]?: readonly string[] })[EXAMPLES];
  return examples ?? [];
}

/**
 * The command line as the runner checked it: every value of repeatable options such as
 * `--blocker`, which citty's own parse keeps only once.
 *
 * @param context The context citty passes to `run`.
 * @returns The checked command line.
 */
export function commandLineOf<T extends ArgsDef>(context: CommandContext<T>): ParsedCommandLine {
  const data = context.data as { commandLine?: ParsedCommandLine } | undefined;
  return data?.commandLine ?? { options: new Map(), positionals: [] };
}

/**
 * Resolves a citty value given as itself, a promise or a (possibly async) function.
 *
 * @param value The value.
 * @returns The resolved value.
 */
export async function resolveValue<T>(
  value: T | Promise<T> | (() => T) | (() => Promise<T>),
): Promise<T> {
  return typeof value === 'function' ? await (value as () => T | Promise<T>)() : await value;
}
