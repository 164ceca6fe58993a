import { afterAll, describe, expect, it } from 'vitest';
import { takeColourFlags } from './colour-flags.js';
import { runBin, runJson, tempFiles } from './testing/run-bin.js';

const ESCAPE = '\u001b[';

describe('takeColourFlags', () => {
  it('takes --color and --no-color anywhere before --, the last one winning', () => {
    expect(takeColourFlags(['report', '--color', 'a.json'])).toEqual({
      choice: 'always',
      rest: ['report', 'a.json'],
    });
    expect(takeColourFlags(['--color', 'report', '--no-color'])).toEqual({
      choice: 'never',
      rest: ['report'],
    });
    expect(takeColourFlags(['validate', '--', '--color'])).toEqual({
      choice: 'auto',
      rest: ['validate', '--', '--color'],
    });
  });
});

describe('--color and --no-color take no value', () => {
  it.each(['--color=always', '--no-color=auto', '--color='])(
    '%s is a usage error naming the flags',
    (arg) => {
      const result = runBin(['describe', arg]);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(
        /^cavra-contracts: option --(no-)?color takes no value: --color colours the output always, --no-color never\n/,
      );
    },
  );

  it('leaves --color=VALUE after -- to the command', () => {
    expect(takeColourFlags(['validate', '--', '--color=x'])).toEqual({
      choice: 'auto',
      rest: ['validate', '--', '--color=x'],
    });
  });
});

describe('every command takes --color and --no-color', () => {
  const files = tempFiles();
  afterAll(() => files.remove());
  const pair = files.write(
    'pair.json',
    JSON.stringify(runJson(['respond', 'customer_operating_dashboard', 'tenant-acme'])),
  );

  it('colours a report written into a pipe with --color, and not with --no-color', () => {
    const coloured = runBin(['report', pair, '--color']);
    expect(coloured.status).toBe(0);
    expect(coloured.stdout).toContain(ESCAPE);
    const plain = runBin(['--no-color', 'report', pair], { env: { FORCE_COLOR: '1' } });
    expect(plain.status).toBe(0);
    expect(plain.stdout).not.toContain(ESCAPE);
  });

  it('lets --color win over NO_COLOR, and the last flag win over the first', () => {
    expect(runBin(['report', pair, '--color'], { env: { NO_COLOR: '1' } }).stdout).toContain(
      ESCAPE,
    );
    expect(runBin(['report', pair, '--color', '--no-color']).stdout).not.toContain(ESCAPE);
  });

  it('accepts them on a command that writes JSON, which stays uncoloured', () => {
    const result = runBin(['describe', 'support_handoff_readiness', '--color']);
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain(ESCAPE);
    expect(JSON.parse(result.stdout)).toHaveProperty('operation', 'support_handoff_readiness');
  });
});
