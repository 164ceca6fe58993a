import { createRequire } from 'node:module';
import { type ArgsDef, type CommandDef, defineCommand, runCommand } from 'citty';
import { CliError, usageError } from './cli-error.js';
import { takeColourFlags } from './colour-flags.js';
import { resolveValue } from './command.js';
import { EXIT_CODES, type ExitCode } from './exit-codes.js';
import { HELP_FLAGS, VERSION_FLAGS, wantsHelp } from './help-flags.js';
import { commands, createMainCommand } from './main.js';
import { printErr, printOut } from './output.js';
import { chooseColour, createStyle, stdoutStyle, stripEscapes } from './style.js';
import { renderHelp } from './usage.js';

const PROGRAM = 'cavra-contracts';

/**
 * Runs the command line: dispatches to a subcommand, prints help and version, and turns
 * every failure into a one-line reason on stderr and an exit code (0 ok, 1 contract
 * violation, 2 usage or I/O error). Writes to `process.stdout` and `process.stderr`; never
 * calls `process.exit`, never prints a stack trace for an expected error.
 *
 * @param argv The arguments after the program name, e.g. `process.argv.slice(2)`.
 * @returns The exit code.
 */
export async function runCli(argv: readonly string[]): Promise<ExitCode> {
  endQuietlyOnBrokenPipe();
  let args = argv;
  try {
    const { choice, rest } = takeColourFlags(argv);
    args = rest;
    chooseColour(choice);
    return await dispatch(rest);
  } catch (caught) {
    return reportFailure(caught, args[0]);
  }
}

async function dispatch(argv: readonly string[]): Promise<ExitCode> {
  const [name, ...rest] = argv;
  const main = createMainCommand(readVersion());
  if (name === undefined) {
    printErr(await renderHelp(main, undefined, createStyle(false)));
    throw usageError('no command given');
  }
  if (HELP_FLAGS.includes(name)) {
    printOut(await renderHelp(main, undefined, stdoutStyle()));
    return EXIT_CODES.ok;
  }
  if (VERSION_FLAGS.includes(name)) {
    if (rest.length > 0) throw usageError(`${name} takes no arguments: give it alone`);
    printOut(readVersion());
    return EXIT_CODES.ok;
  }
  // The guard (and so the contract packages) loads only past this point: help and version stay fast.
  const { quoteInput } = await import('./redact.js');
  if (name.startsWith('-')) throw usageError(`unknown option ${quoteInput(name)}`);
  const load = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!load) {
    throw usageError(
      `unknown command ${quoteInput(name)}; commands: ${Object.keys(commands).join(', ')}`,
    );
  }
  const found = await findSubcommand(await load(), rest, main, name);
  if (typeof found === 'number') return found;
  const { command, args, parent, path } = found;
  if (wantsHelp(args)) {
    printOut(await renderHelp(command, parent, stdoutStyle()));
    return EXIT_CODES.ok;
  }
  const defs = await resolveValue<ArgsDef>(command.args ?? {});
  const { parseCommandLine } = await import('./argv.js');
  const commandLine = parseCommandLine(args, defs, path);
  const { result } = await runCommand(command as CommandDef<ArgsDef>, {
    rawArgs: [...args],
    data: { commandLine },
  });
  // A command returns 1 for a violation, 2 when part of a batch could not be read.
  return result === EXIT_CODES.violation || result === EXIT_CODES.usage ? result : EXIT_CODES.ok;
}

/** A command to run, the arguments after its name, and the command line above it. */
interface FoundCommand {
  readonly command: CommandDef<ArgsDef>;
  readonly args: readonly string[];
  readonly parent: CommandDef<ArgsDef>;
  /** Its words after the program name, e.g. `saas worker-handoff`. */
  readonly path: string;
}

/**
 * Walks down a command group (`cavra-contracts saas worker-handoff ...`) to the command that
 * runs. A group without a command, or with `--help` in its place, prints the group's help.
 *
 * @returns The command, or the exit code when the group's help was printed.
 */
async function findSubcommand(
  command: CommandDef<ArgsDef>,
  args: readonly string[],
  parent: CommandDef<ArgsDef>,
  path: string,
): Promise<FoundCommand | ExitCode> {
  if (command.subCommands === undefined) return { command, args, parent, path };
  const subCommands = await resolveValue(command.subCommands);
  const [word, ...rest] = args;
  if (word === undefined || HELP_FLAGS.includes(word)) {
    const help = await renderHelp(
      command,
      parent,
      word === undefined ? createStyle(false) : stdoutStyle(),
    );
    if (word !== undefined) {
      printOut(help);
      return EXIT_CODES.ok;
    }
    printErr(help);
    throw usageError(`${path} needs a command: ${Object.keys(subCommands).join(', ')}`, path);
  }
  const load = Object.hasOwn(subCommands, word) ? subCommands[word] : undefined;
  if (load === undefined) {
    const { quoteInput } = await import('./redact.js');
    throw usageError(
      `unknown command ${quoteInput(word)} of ${path}; commands: ${Object.keys(subCommands).join(', ')}`,
      path,
    );
  }
  const group = defineCommand<ArgsDef>({ meta: { name: `${PROGRAM} ${path}` } });
  const found = (await resolveValue(load)) as CommandDef<ArgsDef>;
  return findSubcommand(found, rest, group, `${path} ${word}`);
}

async function reportFailure(caught: unknown, commandName: string | undefined): Promise<ExitCode> {
  if (CliError.isInstance(caught)) {
    printErr(`${PROGRAM}: ${caught.message}`);
    if (caught.hint) printErr(caught.hint);
    return caught.exitCode;
  }
  if (await isContractError(caught)) {
    printErr(`${PROGRAM}: ${(caught as Error).message}`);
    return EXIT_CODES.violation;
  }
  if (caught instanceof Error && caught.name === 'CLIError') {
    // citty's own usage errors, e.g. a missing positional argument.
    const known = commandName !== undefined && Object.hasOwn(commands, commandName);
    const message = stripEscapes(caught.message);
    const lowered = message.charAt(0).toLowerCase() + message.slice(1);
    const error = usageError(lowered, known ? commandName : undefined);
    return reportFailure(error, commandName);
  }
  const kind = caught instanceof Error ? ` (${caught.name})` : '';
  printErr(`${PROGRAM}: unexpected internal error${kind}; please report it`);
  if (process.env['CAVRA_DEBUG'] && caught instanceof Error && caught.stack) printErr(caught.stack);
  return EXIT_CODES.usage;
}

/** Recognises a `ContractError` of core, loading core only when something failed. */
async function isContractError(caught: unknown): Promise<boolean> {
  try {
    const { ContractError } = await import('@cavra/contracts-core');
    return ContractError.isInstance(caught);
  } catch {
    return false;
  }
}

function readVersion(): string {
  const require = createRequire(import.meta.url);
  const manifest = require('../package.json') as { version?: unknown };
  return typeof manifest.version === 'string' ? manifest.version : '0.0.0';
}

let pipeHandled = false;

/** `cavra-contracts describe | head -1` closes the pipe early: end without a stack trace. */
function endQuietlyOnBrokenPipe(): void {
  if (pipeHandled) return;
  pipeHandled = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_CODES.ok);
    printErr(`${PROGRAM}: cannot write to stdout (${error.code ?? error.name})`);
    process.exit(EXIT_CODES.usage);
  });
}
