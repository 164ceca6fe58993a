// @ts-check
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readJson } from './workspace.mjs';

/**
 * A third-party package installed in the workspace.
 *
 * @typedef {object} InstalledPackage
 * @property {string} name The npm name.
 * @property {string} version The installed version.
 * @property {string} dir Its real folder (in pnpm's store layout).
 */

/**
 * Finds where Node would resolve a package from a folder: `<ancestor>/node_modules/<name>`
 * for the nearest ancestor that has it. Works for pnpm's layout, where a package's own
 * dependencies are its siblings in `.pnpm/<id>/node_modules`.
 *
 * @param {string} name Package name.
 * @param {string} fromDir Folder that depends on it.
 * @returns {string | undefined} The package's real folder, if installed.
 */
export function resolvePackageDir(name, fromDir) {
  let dir = fromDir;
  for (;;) {
    if (basename(dir) !== 'node_modules') {
      const candidate = join(dir, 'node_modules', name);
      if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * Lists the runtime dependencies of a manifest: `dependencies`, `optionalDependencies` (which
 * may be missing, e.g. on another platform) and the peer dependencies not marked optional.
 *
 * @param {Record<string, any>} manifest A package.json.
 * @returns {Array<{ name: string, optional: boolean }>} The dependencies.
 */
export function runtimeDependencies(manifest) {
  const optionalPeers = manifest['peerDependenciesMeta'] ?? {};
  const peers = Object.keys(manifest['peerDependencies'] ?? {}).filter(
    (name) => optionalPeers[name]?.optional !== true,
  );
  return [
    ...Object.keys(manifest['dependencies'] ?? {}).map((name) => ({ name, optional: false })),
    ...Object.keys(manifest['optionalDependencies'] ?? {}).map((name) => ({
      name,
      optional: true,
    })),
    ...peers.map((name) => ({ name, optional: false })),
  ];
}

/**
 * Collects every third-party package the published workspace packages need at run time,
 * transitively, as installed in the workspace. Workspace packages themselves are skipped.
 *
 * @param {ReadonlyArray<{ name: string, dir: string, manifest: Record<string, any> }>} packages
 *   The published workspace packages.
 * @returns {InstalledPackage[]} One entry per name and version, sorted.
 */
export function collectThirdPartyPackages(packages) {
  const workspaceNames = new Set(packages.map((pkg) => pkg.name));
  /** @type {Map<string, InstalledPackage>} */
  const found = new Map();
  /** @typedef {{ name: string, optional: boolean, from: string }} Wanted */
  /** @type {Wanted[]} */
  const queue = packages.flatMap((pkg) =>
    runtimeDependencies(pkg.manifest)
      .filter((dependency) => !workspaceNames.has(dependency.name))
      .map((dependency) => ({ ...dependency, from: pkg.dir })),
  );
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const dir = resolvePackageDir(next.name, next.from);
    if (dir === undefined) {
      if (next.optional) continue;
      throw new Error(`${next.name}, needed by ${next.from}, is not installed`);
    }
    const manifest = readJson(join(dir, 'package.json'));
    const key = `${manifest.name}@${manifest.version}`;
    if (found.has(key)) continue;
    found.set(key, { name: manifest.name, version: manifest.version, dir });
    for (const dependency of runtimeDependencies(manifest))
      queue.push({ ...dependency, from: dir });
  }
  return [...found.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || compareVersions(a.version, b.version),
  );
}

/**
 * Orders two plain `major.minor.patch` versions (pre-release suffixes compare as text).
 *
 * @param {string} a A version.
 * @param {string} b Another version.
 * @returns {number} Negative, zero or positive.
 */
export function compareVersions(a, b) {
  const [coreA = '', preA = ''] = a.split('-', 2);
  const [coreB = '', preB = ''] = b.split('-', 2);
  const partsA = coreA.split('.').map(Number);
  const partsB = coreB.split('.').map(Number);
  for (let index = 0; index < 3; index++) {
    const difference = (partsA[index] ?? 0) - (partsB[index] ?? 0);
    if (difference !== 0) return difference;
  }
  if (preA === preB) return 0;
  if (preA === '') return 1;
  if (preB === '') return -1;
  return preA.localeCompare(preB);
}
