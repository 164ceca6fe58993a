// @ts-check
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readJson } from './workspace.mjs';

/**
 * Lists every package physically installed under a project's `node_modules`, nested ones
 * included, as `name@version`.
 *
 * @param {string} projectDir The project folder.
 * @returns {string[]} Sorted `name@version` entries.
 */
export function listInstalledPackages(projectDir) {
  /** @type {string[]} */
  const found = [];
  /** @param {string} modulesDir */
  const walk = (modulesDir) => {
    if (!existsSync(modulesDir)) return;
    for (const entry of readdirSync(modulesDir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || !entry.isDirectory()) continue;
      const dirs = entry.name.startsWith('@')
        ? readdirSync(join(modulesDir, entry.name), { withFileTypes: true })
            .filter((scoped) => scoped.isDirectory())
            .map((scoped) => join(modulesDir, entry.name, scoped.name))
        : [join(modulesDir, entry.name)];
      for (const dir of dirs) {
        if (!existsSync(join(dir, 'package.json'))) continue;
        const manifest = readJson(join(dir, 'package.json'));
        found.push(`${manifest.name}@${manifest.version}`);
        walk(join(dir, 'node_modules'));
      }
    }
  };
  walk(join(projectDir, 'node_modules'));
  return found.sort();
}

/**
 * Lists the packages of an `npm ls --all --json` tree, as `name@version`, each once. Optional
 * peer dependencies that are not installed (valibot's `typescript`) are not packages of it.
 *
 * @param {{ dependencies?: Record<string, any> }} tree The parsed output.
 * @returns {string[]} Sorted `name@version` entries.
 */
export function namesInNpmTree(tree) {
  /** @type {Set<string>} */
  const names = new Set();
  /** @param {Record<string, any> | undefined} dependencies */
  const walk = (dependencies) => {
    for (const [name, node] of Object.entries(dependencies ?? {})) {
      if (node.missing === true || node.version === undefined) continue;
      names.add(`${name}@${node.version}`);
      walk(node.dependencies);
    }
  };
  walk(tree.dependencies);
  return [...names].sort();
}

/**
 * Finds the version of one installed package.
 *
 * @param {string} projectDir The project folder.
 * @param {string} name Package name.
 * @returns {string | undefined} Its version, when installed at the top level.
 */
export function installedVersion(projectDir, name) {
  const file = join(projectDir, 'node_modules', name, 'package.json');
  return existsSync(file) ? readJson(file).version : undefined;
}
