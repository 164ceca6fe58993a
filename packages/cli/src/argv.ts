import type { ArgDef, ArgsDef } from 'citty';
import { usageError } from './cli-error.js';
import { quoteInput } from './redact.js';

/**
 * Ends the name of a positional that takes any number of values, such as `'path...'`
 * (`cavra-contracts scan <PATH...>`): citty fills it with the first value, and every value is
 * in {@link ParsedCommandLine.positionals}.
 */
export const VARIADIC_SUFFIX = '...';

/** A command line split into options and positionals, checked against a command's arguments. */
export interface ParsedCommandLine {
  /** Every value of every option, by the option's declared name, in command-line order. */
  readonly options: ReadonlyMap<string, readonly string[]>;
  /** The positional arguments, in order. */
  readonly positionals: readonly string[];
}

/**
 * Splits and checks a command line strictly: every option must be declared, every option
 * that takes a value must have one, and there may not be more positionals than declared.
 * citty accepts unknown options silently, so this runs before it. Repeated options keep
 * every value (citty keeps only the last), for options such as `--blocker`.
 *
 * @param rawArgs The arguments after the command name.
 * @param defs The command's argument definitions.
 * @param command The command's name, for the `--help` hint.
 * @returns The options and positionals.
 * @throws {CliError} exit code 2 for an unknown option, a missing value or an extra argument.
 */
export function parseCommandLine(
  rawArgs: readonly string[],
  defs: ArgsDef,
  command: string,
): ParsedCommandLine {
  const options = new Map<string, string[]>();
  const positionals: string[] = [];
  const add = (name: string, value: string) => {
    const values = options.get(name) ?? [];
    values.push(value);
    options.set(name, values);
  };

  for (let index = 0; index < rawArgs.length; index++) {
    const arg = rawArgs[index] as string;
    if (arg === '--') {
      positionals.push(...rawArgs.slice(index + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    if (!arg.startsWith('--')) {
      const short = findAlias(defs, arg.slice(1));
      const value = rawArgs[index + 1];
      if (!short) throw usageError(`unknown option ${quoteInput(arg)}`, command);
      if (value === undefined) throw usageError(`option ${arg} needs a value`, command);
      add(short, value);
      index++;
      continue;
    }
    const equals = arg.indexOf('=');
    const written = equals === -1 ? arg.slice(2) : arg.slice(2, equals);
    const inline = equals === -1 ? undefined : arg.slice(equals + 1);
    const found = findOption(defs, written);
    if (!found) {
      const negated = written.startsWith('no-') ? findOption(defs, written.slice(3)) : undefined;
      if (negated?.def.type === 'boolean' && inline === undefined) {
        add(negated.name, 'false');
        continue;
      }
      throw usageError(`unknown option ${quoteInput(`--${written}`)}`, command);
    }
    if (found.def.type === 'boolean') {
      if (inline !== undefined) throw usageError(`option --${found.name} takes no value`, command);
      add(found.name, 'true');
      continue;
    }
    if (inline !== undefined) {
      add(found.name, inline);
      continue;
    }
    const value = rawArgs[index + 1];
    if (value === undefined || (value.startsWith('-') && value !== '-')) {
      throw usageError(
        `option --${found.name} needs a value (write --${found.name}=VALUE for a value starting with '-')`,
        command,
      );
    }
    add(found.name, value);
    index++;
  }

  const declared = Object.entries(defs).filter(([, def]) => def.type === 'positional');
  const variadic = declared.some(([name]) => name.endsWith(VARIADIC_SUFFIX));
  if (!variadic && positionals.length > declared.length) {
    const expected = declared.map(([name]) => name.toUpperCase()).join(' ');
    throw usageError(
      `too many arguments: expected ${expected === '' ? 'none' : `at most ${expected}`}`,
      command,
    );
  }
  return { options, positionals };
}

function findOption(defs: ArgsDef, written: string): { name: string; def: ArgDef } | undefined {
  for (const [name, def] of Object.entries(defs)) {
    if (def.type === 'positional') continue;
    if (name === written || camelCase(name) === written) return { name, def };
  }
  return undefined;
}

/** A string option declared with a one-letter `alias` (e.g. `-o` for `--output`). */
function findAlias(defs: ArgsDef, letter: string): string | undefined {
  if (letter.length !== 1) return undefined;
  return Object.entries(defs).find(
    ([, def]) => def.type === 'string' && [def.alias ?? []].flat().includes(letter),
  )?.[0];
}

function camelCase(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}
