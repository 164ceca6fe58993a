import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** A README of the repository. */
export interface ReadmeFile {
  /** Absolute path. */
  readonly path: string;
  /** Path from the root, e.g. `packages/cli/README.md`. */
  readonly name: string;
  /**
   * The package folder its examples run from: its own, or for the root README that of
   * `@cavra/contracts`, which depends on every contract.
   */
  readonly folder: string;
}

/**
 * The READMEs of the repository: the root one, then each package's and tool's.
 *
 * @returns Every README, in that order.
 */
export function readmeFiles(): ReadmeFile[] {
  const found = [{ path: join(ROOT, 'README.md'), folder: join(ROOT, 'packages', 'contracts') }];
  for (const parent of ['packages', 'tooling']) {
    for (const name of readdirSync(join(ROOT, parent)).sort()) {
      const folder = join(ROOT, parent, name);
      if (existsSync(join(folder, 'README.md')))
        found.push({ path: join(folder, 'README.md'), folder });
    }
  }
  return found.map(({ path, folder }) => ({ path, name: relative(ROOT, path), folder }));
}
