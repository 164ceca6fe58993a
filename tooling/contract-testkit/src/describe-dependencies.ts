import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The only packages a contract package may import or depend on. */
export const CONTRACT_RUNTIME_DEPENDENCIES = ['@cavra/contracts-core'] as const;

/** Workspace packages a contract package may use while developing (never another contract). */
export const CONTRACT_WORKSPACE_DEV_DEPENDENCIES = [
  '@cavra/contracts-core',
  '@cavra/config',
  '@cavra/contract-testkit',
] as const;

const SPECIFIER =
  /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

/**
 * Lists the module specifiers a TypeScript source imports, re-exports or requires.
 *
 * @param source The file text.
 * @returns The specifiers in order of appearance.
 */
export function importSpecifiers(source: string): string[] {
  return [...source.matchAll(SPECIFIER)].map(
    (match) => (match[1] ?? match[2] ?? match[3] ?? match[4]) as string,
  );
}

/**
 * Lists the shipped sources of a package: every `.ts` file under `src`, tests, type tests
 * and benchmarks excluded.
 *
 * @param packageDir The package folder.
 * @returns Absolute file paths.
 */
export function shippedSources(packageDir: string): string[] {
  const sourceDir = join(packageDir, 'src');
  return readdirSync(sourceDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !/\.(test|test-d|bench)\.ts$/.test(file))
    .map((file) => join(sourceDir, file));
}

function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string);
}

/**
 * Registers the isolation rule: a contract package imports only core (which brings valibot), never
 * another contract, and its manifest says the same.
 *
 * The one exception DESIGN.md makes: a handoff contract also depends on the contract it hands
 * off from, so that its checks are declared once.
 *
 * @param packageDir The package folder.
 * @param options `handsOffFrom`: the package of the contract a handoff contract hands off from.
 */
export function describeDependencies(
  packageDir: string,
  options: { readonly handsOffFrom?: string } = {},
): void {
  const allowed: readonly string[] = [
    ...CONTRACT_RUNTIME_DEPENDENCIES,
    ...(options.handsOffFrom === undefined ? [] : [options.handsOffFrom]),
  ];

  describe('a contract package depends only on core', () => {
    it('imports nothing but relative modules and core in its sources', () => {
      const sources = shippedSources(packageDir);
      const imported = new Set<string>();
      for (const file of sources) {
        for (const specifier of importSpecifiers(readFileSync(file, 'utf8'))) {
          if (specifier.startsWith('./') || specifier.startsWith('../')) continue;
          const name = packageOf(specifier);
          imported.add(name);
          expect(allowed, `${relative(packageDir, file)} imports ${specifier}`).toContain(name);
        }
      }
      expect([...imported].sort()).toEqual([...allowed].sort());
    });

    it('declares exactly core as its dependency, and no other contract anywhere', () => {
      const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as Record<
        string,
        Record<string, string> | undefined
      >;
      expect(Object.keys(manifest['dependencies'] ?? {}).sort()).toEqual([...allowed].sort());
      expect(manifest['dependencies']?.['@cavra/contracts-core']).toMatch(/^workspace:/);
      for (const group of ['peerDependencies', 'optionalDependencies', 'bundleDependencies']) {
        expect(manifest[group], group).toBeUndefined();
      }
      const workspaceDev = Object.keys(manifest['devDependencies'] ?? {}).filter((name) =>
        name.startsWith('@cavra/'),
      );
      for (const name of workspaceDev) {
        expect(CONTRACT_WORKSPACE_DEV_DEPENDENCIES as readonly string[]).toContain(name);
      }
    });
  });
}
