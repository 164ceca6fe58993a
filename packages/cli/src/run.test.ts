import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commands } from './main.js';
import { ESCAPE_CODE, runBin, STACK_LINE } from './testing/run-bin.js';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

describe('cavra-contracts prints its version and help', () => {
  it('prints the package version for --version and -v', () => {
    for (const flag of ['--version', '-v']) {
      const result = runBin([flag]);
      expect(result.status).toBe(0);
      expect(result.stdout).toBe(`${manifest.version}\n`);
      expect(result.stderr).toBe('');
    }
  });

  it('refuses an argument after --version or -v as a usage error, not an unknown option', () => {
    for (const flag of ['--version', '-v']) {
      const result = runBin([flag, 'describe']);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(
        new RegExp(`^cavra-contracts: ${flag} takes no arguments: give it alone\n`),
      );
    }
  });

  it('lists every command in --help, on stdout, with exit code 0', () => {
    const result = runBin(['--help']);
    expect(result.status).toBe(0);
    for (const name of Object.keys(commands)) expect(result.stdout).toContain(name);
    expect(result.stdout).toContain('--version');
    expect(result.stderr).toBe('');
  });

  it.each(Object.keys(commands))('shows usage and examples for `%s --help`', (name) => {
    const result = runBin([name, '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`cavra-contracts ${name}`);
    expect(result.stdout).toMatch(new RegExp(`EXAMPLES\\n\\n {2}\\$ cavra-contracts ${name}`));
    expect(result.stdout).toContain('--help');
    expect(result.stdout).not.toMatch(/[ \t]$/m);
  });

  it('writes no escape codes when stdout is not a terminal', () => {
    const result = runBin(['request', '--help']);
    expect(result.stdout).not.toMatch(ESCAPE_CODE);
  });
});

describe('usage errors exit 2 with a one-line reason on stderr', () => {
  const cases: [string, string[], RegExp][] = [
    ['no command', [], /no command given/],
    ['an unknown command', ['frobnicate'], /unknown command 'frobnicate'; commands: describe,/],
    ['an unknown top-level option', ['--frobnicate'], /unknown option '--frobnicate'/],
    [
      'an unknown option of a command',
      ['describe', '--frobnicate'],
      /unknown option '--frobnicate'/,
    ],
    ['an unknown short option', ['validate', '-x'], /unknown option '-x'/],
    [
      'a missing positional argument',
      ['schema'],
      /missing required positional argument: OPERATION/,
    ],
    [
      'too many arguments',
      ['describe', 'a', 'b'],
      /too many arguments: expected at most OPERATION/,
    ],
    [
      'a value given to a boolean option',
      ['validate', '--json=yes'],
      /option --json takes no value/,
    ],
    [
      'an option missing its value',
      ['request', 'x', 'y', '--requested-by'],
      /--requested-by needs a value/,
    ],
  ];

  it.each(cases)('%s', (_, args, reason) => {
    const result = runBin(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(reason);
    expect(result.stderr).toMatch(/run 'cavra-contracts( \w+)? --help' for usage/);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.stdout).toBe('');
  });

  it('prints the usage on stderr when no command is given', () => {
    const result = runBin([]);
    expect(result.stderr).toContain('USAGE cavra-contracts');
  });
});
