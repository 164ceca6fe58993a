import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPATIBILITY_DATE } from './runtimes/workerd-config.js';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const README = read('../README.md');
const MANIFEST = JSON.parse(read('../package.json')) as {
  devDependencies: Record<string, string>;
  engines: { node: string };
};
const DEPLOY = README.slice(README.indexOf('## Deploy on'), README.indexOf('## Routes'));

/** The code blocks of one language in the deploy section, in order. */
function blocks(language: string): string[] {
  const fence = new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'g');
  return [...DEPLOY.matchAll(fence)].map((match) => (match[1] as string).trim());
}

/** The tested-version cell of a row of the runtime table. */
function testedVersion(runtime: string): string | undefined {
  const row = DEPLOY.split('\n').find((line) => line.startsWith(`| ${runtime} `));
  return row?.split('|')[2]?.trim();
}

describe('the README deploy section matches what the runtime tests run', () => {
  it('deploys the module the tests serve', () => {
    const tested = read('./runtimes/entries/worker-module.mjs')
      .split('\n')
      .filter((line) => line.startsWith('export'));
    expect(tested).toEqual(["export { default } from '@cavra/contracts-http/worker';"]);
    const [oneLine, withOptions, deno] = blocks('ts');
    expect(oneLine).toBe(tested[0]);
    expect(withOptions).toContain("import { createWorker } from '@cavra/contracts-http/worker';");
    expect(deno).toBe(tested[0]?.replace("from '", "from 'npm:"));
  });

  it('gives a Wrangler config with the tested compatibility date and no flags', () => {
    const [config] = blocks('jsonc');
    expect(JSON.parse(config as string)).toEqual({
      name: 'cavra-contracts-http',
      main: 'src/index.ts',
      compatibility_date: COMPATIBILITY_DATE,
    });
    expect(DEPLOY).toContain(`compatibility date \`${COMPATIBILITY_DATE}\``);
  });

  it('lists the versions the tests install', () => {
    expect(testedVersion('Bun')).toBe(MANIFEST.devDependencies['@oven/bun-linux-x64']);
    expect(testedVersion('Deno')).toBe(MANIFEST.devDependencies['deno']);
    expect(testedVersion('workerd (Cloudflare Workers)')).toBe(MANIFEST.devDependencies['workerd']);
    expect(`>=${testedVersion('Node')}`).toBe(MANIFEST.engines.node);
  });
});
