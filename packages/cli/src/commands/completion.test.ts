import { spawnSync } from 'node:child_process';
import type { ArgsDef } from 'citty';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveValue } from '../command.js';
import { commands } from '../main.js';
import { runBin, tempFiles } from '../testing/run-bin.js';

const files = tempFiles();
afterAll(() => files.remove());

const bash = runBin(['completion', 'bash']);
const script = files.write('cavra-contracts.bash', bash.stdout);

/** What bash offers after the words typed so far (the last one being completed). */
function complete(...typed: string[]): string[] {
  const words = ['cavra-contracts', ...typed].map((word) => `'${word}'`).join(' ');
  const probe = [
    `source '${script}'`,
    `COMP_WORDS=(${words})`,
    `COMP_CWORD=${typed.length}`,
    '_cavra_contracts',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: bash array expansion
    'printf "%s\\n" "${COMPREPLY[@]}"',
  ].join('\n');
  const result = spawnSync('bash', ['-c', probe], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return result.stdout.split('\n').filter((line) => line !== '');
}

describe('completion bash completes from the command definitions', () => {
  it('prints a script bash accepts', () => {
    expect(bash.status).toBe(0);
    expect(spawnSync('bash', ['-n', script]).status).toBe(0);
    expect(bash.stdout).toContain('complete -o default -F _cavra_contracts cavra-contracts');
  });

  it('completes every command at the first word', () => {
    expect(complete('')).toEqual([...Object.keys(commands), '--help', '--version']);
    expect(complete('va')).toEqual(['validate']);
  });

  it('completes operations, listed values and options', () => {
    expect(complete('request', 'support')).toEqual(['support_handoff_readiness']);
    expect(complete('report', '--format', '')).toEqual(['text', 'markdown', 'json', 'html']);
    expect(complete('schema', 'x', '--kind', 're')).toEqual(['request', 'response']);
    expect(complete('completion', 'f')).toEqual(['fish']);
    expect(complete('validate', '--')).toEqual([
      '--json',
      '--ndjson',
      '--color',
      '--no-color',
      '--help',
    ]);
  });

  it('offers every option of every command', async () => {
    for (const [name, load] of Object.entries(commands)) {
      const args = await resolveValue<ArgsDef>((await load()).args ?? {});
      const offered = complete(name, '--');
      for (const [option, def] of Object.entries(args)) {
        if (def.type !== 'positional') expect(offered, name).toContain(`--${option}`);
      }
    }
  });
});

describe('completion zsh and fish', () => {
  it('gives zsh the same rules through bashcompinit', () => {
    const zsh = runBin(['completion', 'zsh']);
    expect(zsh.status).toBe(0);
    expect(zsh.stdout.split('\n')[0]).toBe('#compdef cavra-contracts');
    expect(zsh.stdout).toContain('bashcompinit');
    expect(zsh.stdout).toContain(bash.stdout);
  });

  it('gives fish each command, its options and their values', () => {
    const fish = runBin(['completion', 'fish']);
    expect(fish.status).toBe(0);
    const lines = fish.stdout.split('\n');
    for (const name of Object.keys(commands)) {
      expect(lines.some((line) => line.includes(`'__fish_use_subcommand' -a ${name} `))).toBe(true);
    }
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^complete -c cavra-contracts -n '__fish_seen_subcommand_from report' -l format -x -a 'text markdown json html'/,
      ),
    );
    expect(lines).toContain(
      "complete -c cavra-contracts -n '__fish_seen_subcommand_from validate' -F",
    );
  });

  it('refuses another shell, exit 2', () => {
    const result = runBin(['completion', 'powershell']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("unknown shell 'powershell'; shells: bash, zsh, fish");
  });
});

describe('help texts read alike', () => {
  it('words every default "(default …)" and lists --color on every command', () => {
    for (const name of Object.keys(commands)) {
      const help = runBin([name, '--help']).stdout;
      expect(help, name).not.toMatch(/\(Default/);
      expect(help, name).toContain('--color');
      const options = help
        .split('\n')
        .filter((line) => /^\s+(?:-\w, )?--[a-z-]+(?:=<[^>]+>)?\s{2,}/.test(line))
        .filter((line) => !/--help\s/.test(line));
      for (const line of options) expect(line, name).toContain('(default');
    }
  });
});
