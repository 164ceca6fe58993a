import { createRequire } from 'node:module';
import { type ArgsDef, type CommandDef, runCommand } from 'citty';
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
  const { choice, rest } = takeColourFlags(argv);
  chooseColour(choice);
  try {
    return await dispatch(rest);
  } catch (caught) {
    return reportFailure(caught, rest[0]);
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
  if (VERSION_FLAGS.includes(name) && rest.length === 0) {
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
  const command = await load();
  if (wantsHelp(rest)) {
    printOut(await renderHelp(command, main, stdoutStyle()));
    return EXIT_CODES.ok;
  }
  const defs = await resolveValue<ArgsDef>(command.args ?? {});
  const { parseCommandLine } = await import('./argv.js');
  const commandLine = parseCommandLine(rest, defs, name);
  const { result } = await runCommand(command as CommandDef<ArgsDef>, {
    rawArgs: [...rest],
    data: { commandLine },
  });
  // A command returns 1 for a violation, 2 when part of a batch could not be read.
  return result === EXIT_CODES.violation || result === EXIT_CODES.usage ? result : EXIT_CODES.ok;
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
