// @ts-check
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (two levels above `tooling/release`). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The folders holding workspace packages, as `pnpm-workspace.yaml` lists them. */
const WORKSPACE_FOLDERS = ['packages', 'tooling'];

/**
 * One package of the workspace.
 *
 * @typedef {object} WorkspacePackage
 * @property {string} name The npm name.
 * @property {string} version The version in its package.json.
 * @property {boolean} published Whether it is published (not `private`).
 * @property {string} dir Absolute folder.
 * @property {string} folder Folder relative to the repository root, e.g. `packages/core`.
 * @property {Record<string, any>} manifest The parsed package.json.
 */

/**
 * Reads a JSON file.
 *
 * @param {string} file Absolute path.
 * @returns {any} The parsed value.
 */
export function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * Lists the workspace packages under a root, sorted by folder.
 *
 * @param {string} [root] Repository root; defaults to this checkout.
 * @returns {WorkspacePackage[]} The packages.
 */
export function listWorkspacePackages(root = REPO_ROOT) {
  /** @type {WorkspacePackage[]} */
  const found = [];
  for (const parent of WORKSPACE_FOLDERS) {
    const base = join(root, parent);
    if (!existsSync(base)) continue;
    for (const entry of readdirSync(base, { withFileTypes: true })) {
      const manifestFile = join(base, entry.name, 'package.json');
      if (!entry.isDirectory() || !existsSync(manifestFile)) continue;
      const manifest = readJson(manifestFile);
      found.push({
        name: manifest.name,
        version: manifest.version,
        published: manifest.private !== true,
        dir: join(base, entry.name),
        folder: `${parent}/${entry.name}`,
        manifest,
      });
    }
  }
  return found.sort((a, b) => a.folder.localeCompare(b.folder));
}

/**
 * Lists the packages that are published to the registry.
 *
 * @param {string} [root] Repository root; defaults to this checkout.
 * @returns {WorkspacePackage[]} The published packages.
 */
export function listPublishedPackages(root = REPO_ROOT) {
  return listWorkspacePackages(root).filter((pkg) => pkg.published);
}

/**
 * Maps each package name to its version.
 *
 * @param {WorkspacePackage[]} packages The packages.
 * @returns {Record<string, string>} Name to version.
 */
export function versionsOf(packages) {
  return Object.fromEntries(packages.map((pkg) => [pkg.name, pkg.version]));
}
