// @ts-check
import { builtinModules } from 'node:module';

/**
 * The verdict on one file of a package tarball.
 *
 * @typedef {{ allowed: true, kind: string } | { allowed: false, reason: string }} FileVerdict
 */

/**
 * What a tarball may ship, first match wins. Paths are relative to the package root.
 *
 * @type {ReadonlyArray<{ kind: string, test: RegExp }>}
 */
const ALLOWED = [
  { kind: 'manifest', test: /^package\.json$/ },
  { kind: 'readme', test: /^README\.md$/ },
  { kind: 'changelog', test: /^CHANGELOG\.md$/ },
  { kind: 'license', test: /^LICENSE$/ },
  { kind: 'types', test: /^dist\/(?:[\w.-]+\/)*[\w.-]+\.d\.(?:ts|cts|mts)$/ },
  { kind: 'code', test: /^dist\/(?:[\w.-]+\/)*[\w.-]+\.(?:js|cjs|mjs)$/ },
  { kind: 'json-schema', test: /^schema\/[\w.-]+\.json$/ },
  // A command's committed entry, which imports the built code (packages/cli/bin).
  { kind: 'bin', test: /^bin\/[\w.-]+\.js$/ },
];

/**
 * What a tarball must never ship, checked before the allowlist so the reason is precise.
 *
 * @type {ReadonlyArray<{ reason: string, test: RegExp }>}
 */
const DENIED = [
  { reason: 'test or benchmark file', test: /\.(?:test|test-d|spec|bench)\.[cm]?[jt]sx?$/ },
  {
    reason: 'test folder or fixture',
    test: /(?:^|\/)(?:__tests__|__fixtures__|tests?|fixtures?|__snapshots__)\//,
  },
  { reason: 'TypeScript project file', test: /(?:^|\/)tsconfig[\w.-]*\.json$|\.tsbuildinfo$/ },
  { reason: 'source file (sources and test sources stay in the repository)', test: /^src\// },
  { reason: 'source map', test: /\.map$/ },
];

/**
 * Classifies one file of a tarball.
 *
 * @param {string} path Path relative to the package root, e.g. `dist/index.js`.
 * @returns {FileVerdict} Whether it may ship, and why not.
 */
export function classifyTarballFile(path) {
  for (const rule of DENIED) {
    if (rule.test.test(path)) return { allowed: false, reason: rule.reason };
  }
  for (const rule of ALLOWED) {
    if (rule.test.test(path)) return { allowed: true, kind: rule.kind };
  }
  return {
    allowed: false,
    reason: 'not in the allowlist (built code, types, JSON Schemas, docs, command entries)',
  };
}

/**
 * The fields of a package.json these checks read.
 *
 * @typedef {object} PackageManifest
 * @property {string} [name]
 * @property {string} [version]
 * @property {boolean} [private]
 * @property {string} [license]
 * @property {unknown} [main]
 * @property {unknown} [module]
 * @property {unknown} [types]
 * @property {unknown} [exports]
 * @property {string | Record<string, string>} [bin]
 * @property {Record<string, string>} [dependencies]
 * @property {Record<string, string>} [devDependencies]
 * @property {Record<string, string>} [peerDependencies]
 * @property {Record<string, string>} [optionalDependencies]
 * @property {Record<string, string>} [publishConfig]
 */

/** @type {ReadonlyArray<'dependencies' | 'devDependencies' | 'peerDependencies' | 'optionalDependencies'>} */
const DEPENDENCY_FIELDS = [
  'dependencies',
  'devDependencies',
  'peerDependencies',
  'optionalDependencies',
];

/**
 * Checks the package.json found inside a tarball.
 *
 * @param {PackageManifest} manifest The packed package.json.
 * @param {Record<string, string>} workspaceVersions Version of every workspace package.
 * @returns {string[]} Problems; empty when the manifest is fit to publish.
 */
export function checkPackedManifest(manifest, workspaceVersions) {
  /** @type {string[]} */
  const problems = [];
  if (manifest.private === true) problems.push('package.json: "private" is true');
  if (manifest.license !== 'Apache-2.0') problems.push('package.json: license is not Apache-2.0');
  for (const fieldName of DEPENDENCY_FIELDS) {
    const ranges = manifest[fieldName] ?? {};
    for (const [name, range] of Object.entries(ranges)) {
      if (String(range).startsWith('workspace:')) {
        problems.push(`package.json: ${fieldName}.${name} still uses the workspace protocol`);
        continue;
      }
      const local = workspaceVersions[name];
      if (fieldName === 'dependencies' && local !== undefined && range !== `^${local}`) {
        problems.push(
          `package.json: dependencies.${name} is ${JSON.stringify(range)}, expected "^${local}"`,
        );
      }
    }
  }
  const publishConfig = manifest.publishConfig ?? {};
  for (const key of Object.keys(publishConfig)) {
    if (/registry$/i.test(key))
      problems.push(`package.json: publishConfig.${key} names a registry`);
  }
  return problems;
}

/**
 * Lists the paths a manifest points at (`main`, `module`, `types`, `exports`, `bin`), relative to
 * the package root and without the leading `./`. Wildcard targets are kept as patterns.
 *
 * @param {PackageManifest} manifest The packed package.json.
 * @returns {string[]} The targets.
 */
export function manifestTargets(manifest) {
  /** @type {Set<string>} */
  const targets = new Set();
  /** @param {unknown} value */
  const collect = (value) => {
    if (typeof value === 'string') targets.add(value.replace(/^\.\//, ''));
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(manifest.main);
  collect(manifest.module);
  collect(manifest.types);
  collect(manifest.exports);
  collect(typeof manifest.bin === 'string' ? manifest.bin : Object.values(manifest.bin ?? {}));
  return [...targets].sort();
}

/**
 * Tells whether a manifest target (possibly with one `*` wildcard) matches a file.
 *
 * @param {string} target A target from {@link manifestTargets}.
 * @param {string} file A path relative to the package root.
 * @returns {boolean} Whether the file satisfies the target.
 */
export function targetMatches(target, file) {
  if (!target.includes('*')) return target === file;
  const [head = '', tail = ''] = target.split('*');
  return file.startsWith(head) && file.endsWith(tail) && file.length > head.length + tail.length;
}

const BUILTINS = new Set(builtinModules);

/**
 * Lists the packages that built code imports or requires by bare specifier.
 *
 * @param {string} code JavaScript or declaration source.
 * @returns {string[]} Package names, without Node built-ins and relative paths.
 */
export function importedPackages(code) {
  const patterns = [
    /\bfrom\s*["']([^"'\s]+)["']/g,
    /\bimport\s*\(\s*["']([^"'\s]+)["']\s*\)/g,
    /\bimport\s*["']([^"'\s]+)["']/g,
    /\brequire\s*\(\s*["']([^"'\s]+)["']\s*\)/g,
  ];
  /** @type {Set<string>} */
  const names = new Set();
  for (const pattern of patterns) {
    for (const match of code.matchAll(pattern)) {
      const specifier = match[1] ?? '';
      if (specifier.startsWith('.') || specifier.startsWith('/')) continue;
      if (specifier.startsWith('node:') || BUILTINS.has(specifier)) continue;
      const parts = specifier.split('/');
      names.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? ''));
    }
  }
  return [...names].sort();
}

/**
 * Checks every file of an unpacked tarball: the allowlist, the manifest, the presence of the
 * files the manifest points at, and that built code imports only declared dependencies.
 *
 * @param {ReadonlyArray<{ path: string, content: Buffer }>} files Files relative to the package root.
 * @param {Record<string, string>} workspaceVersions Version of every workspace package.
 * @returns {string[]} Problems; empty when the tarball is fit to publish.
 */
export function checkTarballFiles(files, workspaceVersions) {
  /** @type {string[]} */
  const problems = [];
  const paths = files.map((file) => file.path);
  for (const path of paths) {
    const verdict = classifyTarballFile(path);
    if (!verdict.allowed) problems.push(`${path}: ${verdict.reason}`);
  }
  for (const required of ['package.json', 'README.md', 'LICENSE']) {
    if (!paths.includes(required)) problems.push(`${required}: missing`);
  }
  const manifestFile = files.find((file) => file.path === 'package.json');
  if (!manifestFile) return problems;
  /** @type {PackageManifest} */
  const manifest = JSON.parse(manifestFile.content.toString('utf8'));
  problems.push(...checkPackedManifest(manifest, workspaceVersions));
  for (const target of manifestTargets(manifest)) {
    if (!paths.some((path) => targetMatches(target, path))) {
      problems.push(`package.json points at ${target}, which the tarball does not contain`);
    }
  }
  const declared = new Set([
    manifest.name,
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.peerDependencies ?? {}),
  ]);
  for (const file of files) {
    if (!/^dist\/.*\.(?:[cm]?js|d\.[cm]?ts)$/.test(file.path)) continue;
    for (const name of importedPackages(file.content.toString('utf8'))) {
      if (!declared.has(name)) {
        problems.push(`${file.path}: imports ${name}, which is not a declared dependency`);
      }
    }
  }
  return problems;
}
