// @ts-check
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Folders never copied, at any depth. */
const SKIPPED_NAMES = new Set(['.git', '.turbo', 'coverage']);

/** Folders that hold no sources, skipped when comparing snapshots. */
const UNTRACKED_NAMES = new Set(['node_modules', 'dist', '.git', '.turbo', 'coverage']);

/**
 * Copies the working tree of the repository (with built `dist` folders) to a scratch folder
 * where versions and changelogs may be changed freely. Package-level `node_modules` folders
 * are copied as they are: pnpm's links in them are relative, so workspace links point inside
 * the copy; the root `node_modules` becomes a link to the real one, which makes third-party
 * links resolve too.
 *
 * @param {string} root The repository root.
 * @param {string} destination An absent or empty folder.
 * @returns {void}
 */
export function copyRepository(root, destination) {
  cpSync(root, destination, {
    recursive: true,
    verbatimSymlinks: true,
    filter: (source) => {
      const path = relative(root, source);
      if (path === '') return true;
      const parts = path.split(sep);
      if (parts.some((part) => SKIPPED_NAMES.has(part))) return false;
      return path !== 'node_modules' && path !== join('docs', 'api');
    },
  });
  symlinkSync(join(root, 'node_modules'), join(destination, 'node_modules'), 'dir');
}

/**
 * Hashes every source file of a tree (skipping `node_modules`, `dist` and tool caches).
 *
 * @param {string} root Folder to walk.
 * @returns {Map<string, string>} Relative path to SHA-256.
 */
export function snapshotSources(root) {
  /** @type {Map<string, string>} */
  const hashes = new Map();
  /** @param {string} dir */
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (UNTRACKED_NAMES.has(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        const hash = createHash('sha256').update(readFileSync(path)).digest('hex');
        hashes.set(relative(root, path).split(sep).join('/'), hash);
      }
    }
  };
  walk(root);
  return hashes;
}

/**
 * Lists what changed between two snapshots.
 *
 * @param {Map<string, string>} before Earlier snapshot.
 * @param {Map<string, string>} after Later snapshot.
 * @returns {Array<{ path: string, change: 'added' | 'removed' | 'modified' }>} Sorted changes.
 */
export function diffSnapshots(before, after) {
  /** @type {Array<{ path: string, change: 'added' | 'removed' | 'modified' }>} */
  const changes = [];
  for (const [path, hash] of after) {
    if (!before.has(path)) changes.push({ path, change: 'added' });
    else if (before.get(path) !== hash) changes.push({ path, change: 'modified' });
  }
  for (const path of before.keys()) {
    if (!after.has(path)) changes.push({ path, change: 'removed' });
  }
  return changes.sort((a, b) => a.path.localeCompare(b.path));
}
