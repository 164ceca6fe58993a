import { type ArgsDef, type CommandDef, defineCommand, type SubCommandsDef } from 'citty';

/**
 * Loads one subcommand on demand. Its argument types are erased, as in citty's own
 * `SubCommandsDef`, so any citty command fits.
 */
export type CommandLoader = Extract<SubCommandsDef[string], () => Promise<unknown>>;

/**
 * Every subcommand of `cavra-contracts`, each imported only when it runs (or when the
 * top-level `--help` lists them), so start-up stays fast. Adding a command is one line.
 */
export const commands: Readonly<Record<string, CommandLoader>> = {
  describe: () => import('./commands/describe.js').then((m) => m.default),
  request: () => import('./commands/request.js').then((m) => m.default),
  respond: () => import('./commands/respond.js').then((m) => m.default),
  validate: () => import('./commands/validate.js').then((m) => m.default),
  report: () => import('./commands/report.js').then((m) => m.default),
  schema: () => import('./commands/schema.js').then((m) => m.default),
  demo: () => import('./commands/demo.js').then((m) => m.default),
  serve: () => import('./commands/serve.js').then((m) => m.default),
  scan: () => import('./commands/scan.js').then((m) => m.default),
  completion: () => import('./commands/completion.js').then((m) => m.default),
};

/**
 * The top-level command: its metadata and the subcommands. The version is read from the
 * package manifest by the runner.
 *
 * @param version The package version.
 * @returns The citty command.
 */
export function createMainCommand(version: string): CommandDef<ArgsDef> {
  return defineCommand<ArgsDef>({
    meta: {
      name: 'cavra-contracts',
      version,
      description: 'Describe, build, validate and report CAVRA public operating contracts.',
    },
    args: {
      version: { type: 'boolean', alias: 'v', description: 'Print the version' },
    },
    subCommands: commands,
  });
}
