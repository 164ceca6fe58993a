import type { ArgsDef } from 'citty';
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from './argv.js';
import { CliError } from './cli-error.js';
import { wantsHelp } from './help-flags.js';

const defs: ArgsDef = {
  file: { type: 'positional', required: false },
  blocker: { type: 'string' },
  'dashboard-scope': { type: 'string' },
  json: { type: 'boolean' },
};

function usageMessage(args: string[]): string {
  try {
    parseCommandLine(args, defs, 'probe');
  } catch (caught) {
    if (CliError.isInstance(caught)) {
      expect(caught.exitCode).toBe(2);
      return caught.message;
    }
    throw caught;
  }
  throw new Error('expected a usage error');
}

describe('the command line is checked strictly before citty parses it', () => {
  it('keeps every value of a repeated option, in order, in both spellings', () => {
    const parsed = parseCommandLine(
      ['--blocker', 'a', '--blocker=b', 'file.json', '--dashboardScope', 's'],
      defs,
      'probe',
    );
    expect(parsed.options.get('blocker')).toEqual(['a', 'b']);
    expect(parsed.options.get('dashboard-scope')).toEqual(['s']);
    expect(parsed.positionals).toEqual(['file.json']);
  });

  it('treats `-` as a positional and everything after `--` as positionals', () => {
    expect(parseCommandLine(['-'], defs, 'probe').positionals).toEqual(['-']);
    expect(parseCommandLine(['--', '--json'], defs, 'probe').positionals).toEqual(['--json']);
  });

  it('accepts a negated boolean', () => {
    expect(parseCommandLine(['--no-json'], defs, 'probe').options.get('json')).toEqual(['false']);
  });

  it('refuses unknown options, long and short', () => {
    expect(usageMessage(['--nope'])).toBe("unknown option '--nope'");
    expect(usageMessage(['-n'])).toBe("unknown option '-n'");
    expect(usageMessage(['--no-blocker'])).toBe("unknown option '--no-blocker'");
  });

  it('refuses an option without its value, or a value given to a boolean', () => {
    expect(usageMessage(['--blocker'])).toMatch(/^option --blocker needs a value/);
    expect(usageMessage(['--blocker', '--json'])).toMatch(/^option --blocker needs a value/);
    expect(usageMessage(['--json=true'])).toBe('option --json takes no value');
  });

  it('refuses more positionals than declared', () => {
    expect(usageMessage(['a', 'b'])).toBe('too many arguments: expected at most FILE');
  });

  it('takes every remaining argument for a positional whose name ends in ...', () => {
    const many: ArgsDef = { 'inputs...': { type: 'positional', required: false } };
    expect(parseCommandLine(['a', 'b', '-', 'c'], many, 'probe').positionals).toEqual([
      'a',
      'b',
      '-',
      'c',
    ]);
  });

  it('reads a one-letter alias of a string option, and refuses it without a value', () => {
    const withAlias: ArgsDef = {
      output: { type: 'string', alias: 'o' },
      json: { type: 'boolean' },
    };
    expect(parseCommandLine(['-o', 'out.html'], withAlias, 'probe').options.get('output')).toEqual([
      'out.html',
    ]);
    expect(() => parseCommandLine(['-o'], withAlias, 'probe')).toThrow('option -o needs a value');
    expect(() => parseCommandLine(['-j'], withAlias, 'probe')).toThrow("unknown option '-j'");
  });

  it('finds --help and -h before `--` only', () => {
    expect(wantsHelp(['x', '-h'])).toBe(true);
    expect(wantsHelp(['--help'])).toBe(true);
    expect(wantsHelp(['--', '--help'])).toBe(false);
  });
});
