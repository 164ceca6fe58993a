import { readFileSync } from 'node:fs';
import { LIMITS } from '@cavra/contracts-core';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ContractFacts } from './contract-under-test.js';

/** What the README suite needs to know about a package. */
export interface ReadmeSuiteOptions {
  /** Absolute path of `README.md`. */
  readonly readmePath: string;
  /** Absolute path of the example file shown in the README. */
  readonly examplePath: string;
  /** Runs the example (a dynamic `import()` of it). */
  readonly runExample: () => Promise<unknown>;
  /** What the example prints with `console.log`, one entry per call, as JSON. */
  readonly expectedOutput: readonly unknown[];
  /** The npm name. */
  readonly packageName: string;
  /** The package's runtime exports (its `src/index.ts` namespace). */
  readonly exports: Record<string, unknown>;
  /** The design's facts, which the README must state. */
  readonly facts: ContractFacts;
}

/**
 * Extracts the fenced TypeScript code blocks of a Markdown document.
 *
 * @param markdown The document.
 * @returns Each block's code, with its final newline.
 */
export function typeScriptBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1] as string);
}

/** Collapses runs of spaces, so that padded Markdown table cells compare as written. */
function collapseSpaces(text: string): string {
  return text.replace(/ {2,}/g, ' ');
}

/**
 * Registers the README rules: its usage example is the example file verbatim and runs with
 * the documented output, and it states the install command, the API, checks, private
 * modules, defaults, bounds and schema files.
 *
 * @param options The package's README, example and facts.
 */
export function describeReadme(options: ReadmeSuiteOptions): void {
  const { facts } = options;
  let readme = '';

  describe('README', () => {
    beforeAll(() => {
      readme = readFileSync(options.readmePath, 'utf8');
    });

    it('shows the example file verbatim as its usage example', () => {
      expect(typeScriptBlocks(readme)).toContain(readFileSync(options.examplePath, 'utf8'));
    });

    it('runs the usage example with the documented output', async () => {
      const printed: unknown[] = [];
      const spy = vi.spyOn(console, 'log').mockImplementation((...values: unknown[]) => {
        printed.push(values.length === 1 ? values[0] : values);
      });
      try {
        await options.runExample();
      } finally {
        spy.mockRestore();
      }
      expect(printed).toEqual(options.expectedOutput);
    });

    it('gives the install command', () => {
      expect(readme).toContain(`npm install ${options.packageName}`);
    });

    it('lists every runtime export', () => {
      for (const name of Object.keys(options.exports)) expect(readme, name).toContain(`\`${name}`);
    });

    it('tables every check with its summary field, in contract order', () => {
      const flat = collapseSpaces(readme);
      let from = 0;
      for (const [check, field] of Object.entries(facts.checkFields)) {
        const row = `| \`${check}\` | ${field === null ? '(none in v1)' : `\`${field}\``} |`;
        const at = flat.indexOf(row, from);
        expect(at, row).toBeGreaterThan(-1);
        from = at;
      }
    });

    it('lists the private modules, statuses and defaults', () => {
      for (const item of [...facts.privateModules, ...facts.statuses])
        expect(readme).toContain(item);
      const flat = collapseSpaces(readme);
      for (const [field, value] of Object.entries(facts.payloadDefaults)) {
        if (typeof value === 'string' && field !== facts.boundaryField) {
          expect(flat).toContain(`| \`${field}\` | \`"${value}"\` |`);
        }
      }
    });

    it('states the bounds of core', () => {
      for (const bound of Object.values(LIMITS)) expect(readme).toContain(String(bound));
    });

    it('names the schema versions and JSON Schema exports, and that v1 is never edited', () => {
      for (const text of [
        'cavra.saas_control_plane.request.v1',
        'cavra.saas_control_plane.response.v1',
        `${options.packageName}/schema/request.v1.json`,
        `${options.packageName}/schema/response.v1.json`,
        'never edited',
      ]) {
        expect(readme).toContain(text);
      }
    });
  });
}
