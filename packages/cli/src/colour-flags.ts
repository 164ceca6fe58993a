import type { ArgsDef } from 'citty';
import { usageError } from './cli-error.js';
import type { ColourChoice } from './style.js';

/** The flags every command takes to choose colour, listed in every `--help`. */
export const COLOUR_ARGS: ArgsDef = {
  color: {
    type: 'boolean',
    description:
      'Colour the output: --color always, --no-color never (default: only on a terminal, unless NO_COLOR is set)',
  },
};

/** What {@link takeColourFlags} found. */
export interface ColourFlags {
  /** The last of `--color` and `--no-color` given, or `auto`. */
  readonly choice: ColourChoice;
  /** The arguments without those flags. */
  readonly rest: readonly string[];
}

/**
 * Takes `--color` and `--no-color` out of a command line, wherever they stand before `--`,
 * so that every command (and the top-level `--help`) accepts them. The last one given wins.
 *
 * @param argv The arguments after the program name.
 * @returns The choice and the other arguments, in order.
 * @throws {CliError} exit code 2 for `--color=VALUE` or `--no-color=VALUE`: the flags take no
 *   value (`--color=always` of other tools is `--color` here).
 */
export function takeColourFlags(argv: readonly string[]): ColourFlags {
  let choice: ColourChoice = 'auto';
  const rest: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] as string;
    if (arg === '--') {
      rest.push(...argv.slice(index));
      break;
    }
    const flag = /^--(no-)?color=/.exec(arg)?.[0].slice(0, -1);
    if (flag !== undefined) {
      throw usageError(
        `option ${flag} takes no value: --color colours the output always, --no-color never`,
      );
    }
    if (arg === '--color') choice = 'always';
    else if (arg === '--no-color') choice = 'never';
    else rest.push(arg);
  }
  return { choice, rest };
}
