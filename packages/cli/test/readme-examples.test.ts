import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, readmeFiles } from './readme-files.js';

// Every shell example (```sh block) of every README runs as written, in a fresh directory inside
// the clone, as a newcomer would run it after the quick start. Each command must exit 0, or the
// code its comment names (`# exit 2`); a command ending in `&` runs in the background and is
// stopped when its block ends.

/** The quick start's own lines: they install and check the whole clone, so they are not rerun. */
const QUICK_START_LINES = [
  'npm install --global pnpm@10.34.9 && pnpm install --frozen-lockfile && pnpm demo',
  'pnpm check',
];

const EXPECTED_EXIT = /(?:^|\s)#\s*exit (\d+)\b/;

/** The code of each ```sh block of a Markdown document. */
function shellBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((match) => match[1] as string);
}

/** A block's commands: lines joined where they end in `\`, comments and blank lines left out. */
function commandsOf(block: string): string[] {
  const commands: string[] = [];
  let current: string[] = [];
  for (const line of block.split('\n')) {
    if (current.length === 0 && (line.trim() === '' || line.trimStart().startsWith('#'))) continue;
    current.push(line);
    if (!line.endsWith('\\')) {
      commands.push(current.join('\n'));
      current = [];
    }
  }
  return commands;
}

/** A command without its trailing comment, to tell whether it runs in the background. */
function withoutComment(command: string): string {
  const last = command.split('\n').at(-1) ?? '';
  const comment = last.search(/\s#\s/);
  return comment === -1 ? command : command.slice(0, command.length - last.length + comment);
}

/**
 * The bash script of a block: each command followed by a check of its exit code, background
 * jobs (each in its own process group) stopped when the script ends.
 */
function scriptOf(block: string): string {
  const lines = [
    'set -m',
    "trap '__status=$?; for job in $(jobs -p); do kill -- -$job 2>/dev/null; done; wait; exit $__status' EXIT",
  ];
  for (const command of commandsOf(block)) {
    if (QUICK_START_LINES.includes(command.trim())) continue;
    lines.push(command);
    if (/(?<!&)&\s*$/.test(withoutComment(command))) continue;
    const expected = EXPECTED_EXIT.exec(command.split('\n').at(-1) ?? '')?.[1] ?? '0';
    const shown = (command.split('\n')[0] ?? '').slice(0, 100).replaceAll("'", "'\\''");
    lines.push(
      `__code=$?; if [ "$__code" -ne ${expected} ]; then echo "README example exited $__code, not ${expected}:" '${shown}' >&2; exit 90; fi`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const ALL = readmeFiles().map(({ path, name }) => {
  const markdown = readFileSync(path, 'utf8');
  return { path, name, markdown, blocks: shellBlocks(markdown) };
});

describe('README shell examples', () => {
  it('finds the READMEs and their examples', () => {
    const names = ALL.filter((readme) => readme.blocks.length > 0).map((readme) => readme.name);
    expect(names).toEqual(
      expect.arrayContaining(['README.md', 'packages/cli/README.md', 'packages/http/README.md']),
    );
  });

  it('skips only the quick start lines, and the root README has them', () => {
    const root = ALL.find((readme) => readme.name === 'README.md');
    const commands = (root?.blocks ?? []).flatMap(commandsOf);
    for (const line of QUICK_START_LINES) expect(commands).toContain(line);
  });

  it('run the command line as `pnpm cavra-contracts`, never a bare or npx form', () => {
    for (const readme of ALL) {
      for (const command of readme.blocks.flatMap(commandsOf)) {
        if (QUICK_START_LINES.includes(command.trim())) continue;
        expect(command, readme.name).not.toMatch(/(?:^|[|;&(]\s*)(?:npx\s+)?cavra-contracts\s/m);
        expect(command, readme.name).not.toMatch(/^\s*(?:npm|npx)\s/);
      }
    }
  });

  it('show the installed form beside the repository form', () => {
    for (const readme of ALL) {
      if (!readme.blocks.some((block) => block.includes('pnpm cavra-contracts'))) continue;
      expect(readme.markdown, readme.name).toMatch(/installed[\s\S]{0,160}`?cavra-contracts /i);
    }
  });

  describe.each(ALL.filter((readme) => readme.blocks.length > 0))('$name', (readme) => {
    it('runs every example as written, each command with its documented exit code', () => {
      const directory = join(ROOT, 'node_modules', '.cache', 'readme-examples', readme.name);
      rmSync(directory, { recursive: true, force: true });
      mkdirSync(directory, { recursive: true });
      try {
        for (const block of readme.blocks) {
          const result = spawnSync('bash', ['-c', scriptOf(block)], {
            cwd: directory,
            encoding: 'utf8',
            timeout: 240_000,
            env: { ...process.env, GITHUB_STEP_SUMMARY: join(directory, 'step-summary.md') },
          });
          expect(result.stderr, block).not.toContain('README example exited');
          expect(result.status, `${block}\n${result.stderr}`).toBe(0);
        }
      } finally {
        rmSync(directory, { recursive: true, force: true });
      }
    }, 600_000);
  });
});
