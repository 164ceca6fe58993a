// @ts-check
// The schema-versions part of the release rehearsal (issue 14): support_handoff_readiness is
// first released with v1 only, a consumer pins v1 through `/v1`, then the v2 release (a minor)
// arrives and the same consumer upgrades without changing a line of its code.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { consumerTsconfig } from './consumer-files.mjs';
import { installedVersion } from './installed-tree.mjs';
import { jsonSchemaValidator } from './json-schema-check.mjs';
import {
  PINNED_SCRIPT,
  PINNED_TYPES,
  ROOT_IS_V2_TYPES,
  UPGRADE_SCRIPT,
} from './pinned-consumer-files.mjs';
import { RehearsalError, runCommand } from './run-command.mjs';
import { REPO_ROOT, readJson } from './workspace.mjs';

/** The package with two schema versions side by side. */
export const HANDOFF = '@cavra/support-handoff-readiness';
const HANDOFF_FOLDER = 'packages/support-handoff-readiness';
const TSC_BIN = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const TSUP_BIN = join(REPO_ROOT, 'node_modules', '.bin', 'tsup');

/** The consumer's own code: written before the v2 release, hashed to prove it never changes. */
const CODE_FILES = {
  'pinned.mjs': PINNED_SCRIPT,
  'pinned.mts': PINNED_TYPES,
  'root-is-v2.mts': ROOT_IS_V2_TYPES,
  'tsconfig.pinned.json': consumerTsconfig('node16', ['pinned.mts']),
  'tsconfig.root.json': consumerTsconfig('node16', ['root-is-v2.mts']),
};

/**
 * What the pinned consumer saw at one version.
 *
 * @typedef {object} PinnedView
 * @property {{ request: string, response: string, rollup: string, status_fields: string[] }} v1
 * @property {{ request: string, status_fields: string[] }} root
 * @property {{ request: Record<string, unknown>, response: Record<string, unknown> }} documents
 */

/**
 * The pinned consumer before the upgrade: its version, what it saw, the hashes of its code and
 * the text of the v1 JSON Schema files it had installed.
 *
 * @typedef {object} PinnedState
 * @property {string} version
 * @property {PinnedView} view
 * @property {string} hashes
 * @property {string} schemas
 */

/**
 * Throws a {@link RehearsalError} unless the condition holds.
 *
 * @param {boolean} condition What must be true.
 * @param {string} message What broke, when it is not.
 * @returns {asserts condition}
 */
function check(condition, message) {
  if (!condition) throw new RehearsalError(message);
}

/**
 * Builds the release before v2 from the scratch copy of the repository: a copy of the package
 * without `src/v2`, whose root export is v1 (`export * from './v1/index.js'`), without the
 * `./v2` subpath and the v2 JSON Schema files, built with the package's own tsup config and
 * packed. The v1 folder is the published v1, which is never edited, so this is the v1-only
 * package as it was released. The copy sits beside the package (so its workspace links
 * resolve) and is removed once packed.
 *
 * @param {string} repo The scratch copy of the repository, after `changeset version`.
 * @param {string} version The version of the v1-only release, e.g. `1.0.0`.
 * @param {string} coreRange The range of core it depends on (what pnpm writes for `workspace:^`).
 * @param {string} outDir Where the tarball goes.
 * @param {NodeJS.ProcessEnv} env Registry environment.
 * @returns {string} The tarball's path.
 */
export function packV1OnlyRelease(repo, version, coreRange, outDir, env) {
  const source = join(repo, HANDOFF_FOLDER);
  const dir = `${source}-v1-only`;
  cpSync(source, dir, {
    recursive: true,
    verbatimSymlinks: true,
    filter: (path) => !['dist', 'CHANGELOG.md'].includes(relative(source, path)),
  });
  try {
    rmSync(join(dir, 'src', 'v2'), { recursive: true });
    for (const kind of ['request', 'response']) rmSync(join(dir, 'schema', `${kind}.v2.json`));
    writeFileSync(
      join(dir, 'src', 'index.ts'),
      "// The root export is the newest schema version: v1.\nexport * from './v1/index.js';\n",
    );
    const tsupConfig = join(dir, 'tsup.config.ts');
    const config = readFileSync(tsupConfig, 'utf8');
    const v1Config = config.replace(", 'src/v2/index.ts'", '');
    check(v1Config !== config, `${HANDOFF_FOLDER}/tsup.config.ts no longer names src/v2/index.ts`);
    writeFileSync(tsupConfig, v1Config);
    const manifestFile = join(dir, 'package.json');
    const manifest = readJson(manifestFile);
    manifest.version = version;
    delete manifest.exports['./v2'];
    delete manifest.devDependencies;
    manifest.dependencies['@cavra/contracts-core'] = coreRange;
    writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
    runCommand(TSUP_BIN, [], { cwd: dir, env, quiet: true });
    const { stdout } = runCommand(
      'npm',
      ['pack', '--pack-destination', outDir, '--ignore-scripts', '--json'],
      { cwd: dir, env, quiet: true },
    );
    const [packed] = JSON.parse(stdout);
    /** @type {string[]} */
    const files = packed.files.map((/** @type {{ path: string }} */ file) => file.path);
    const v2Files = files.filter((file) => /(^|\/)v2(\/|\.)|\.v2\.json$/.test(file));
    check(v2Files.length === 0, `the v1-only tarball holds v2 files: ${v2Files.join(', ')}`);
    console.log(
      `    packed ${packed.filename} from ${HANDOFF_FOLDER} without src/v2: root = v1, exports ${Object.keys(manifest.exports).join(' ')}, ${files.length} files, no v2 file`,
    );
    return join(outDir, packed.filename);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs the pinned consumer's script.
 *
 * @param {string} dir The consumer.
 * @param {NodeJS.ProcessEnv} env Registry environment.
 * @returns {PinnedView} What it saw.
 */
function runPinned(dir, env) {
  return JSON.parse(runCommand('node', ['pinned.mjs'], { cwd: dir, env, quiet: true }).stdout);
}

/**
 * Type-checks one of the consumer's tsconfigs.
 *
 * @param {string} dir The consumer.
 * @param {string} tsconfig The tsconfig file.
 * @param {NodeJS.ProcessEnv} env Registry environment.
 * @returns {string | null} `null` when it compiles, else the compiler's output.
 */
function typeCheck(dir, tsconfig, env) {
  console.log(`$ tsc -p ${tsconfig}`);
  const result = spawnSync(process.execPath, [TSC_BIN, '-p', tsconfig], {
    cwd: dir,
    env,
    encoding: 'utf8',
    timeout: 5 * 60 * 1000,
  });
  if (result.status === 0) return null;
  return `${result.stdout ?? ''}${result.stderr ?? ''}${result.error?.message ?? ''}`.trim();
}

/**
 * Hashes the consumer's code files.
 *
 * @param {string} dir The consumer.
 * @returns {string} One line per file.
 */
function codeHashes(dir) {
  return Object.keys(CODE_FILES)
    .map((name) => {
      const hash = createHash('sha256')
        .update(readFileSync(join(dir, name)))
        .digest('hex');
      return `${name} ${hash}`;
    })
    .join('\n');
}

/**
 * Reads the shipped v1 JSON Schema files of the installed package.
 *
 * @param {string} dir The consumer.
 * @returns {string} Both files, concatenated.
 */
function v1SchemaFiles(dir) {
  const resolve = createRequire(join(dir, 'package.json')).resolve;
  return ['request', 'response']
    .map((kind) => readFileSync(resolve(`${HANDOFF}/schema/${kind}.v1.json`), 'utf8'))
    .join('\n');
}

/**
 * Prints what the consumer saw through `/v1` and through the root export.
 *
 * @param {string} version The installed version.
 * @param {PinnedView} view What it saw.
 * @returns {void}
 */
function printView(version, view) {
  console.log(`    ${HANDOFF}@${version}, node pinned.mjs:`);
  console.log(
    `      /v1   builds ${view.v1.request} and ${view.v1.response}, parses them back, rollup ${view.v1.rollup}; summary status fields: ${view.v1.status_fields.join(', ')}`,
  );
  console.log(
    `      root  builds ${view.root.request}; summary status fields: ${view.root.status_fields.join(', ')}`,
  );
}

/**
 * The consumer pins the v1-only release: it imports `/v1` and the root export, builds, parses
 * and type-checks; the root export is v1 there, `/v2` does not exist, and the root-is-v2
 * type probe does not compile. It keeps the documents it produced in `from-old/`.
 *
 * @param {string} dir The consumer's folder (created).
 * @param {string} version The v1-only version it pins.
 * @param {NodeJS.ProcessEnv} env Registry environment.
 * @returns {PinnedState} What the upgrade compares with.
 */
export function pinV1Only(dir, version, env) {
  mkdirSync(join(dir, 'from-old'), { recursive: true });
  const manifest = {
    name: 'pinned-consumer',
    version: '1.0.0',
    private: true,
    type: 'module',
    dependencies: { [HANDOFF]: version },
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  for (const [name, text] of Object.entries(CODE_FILES)) writeFileSync(join(dir, name), text);
  runCommand('npm', ['install'], { cwd: dir, env, quiet: true });
  check(
    installedVersion(dir, HANDOFF) === version,
    `the consumer did not get ${HANDOFF}@${version}`,
  );

  const view = runPinned(dir, env);
  printView(version, view);
  check(view.v1.request.endsWith('.request.v1'), `/v1 built a ${view.v1.request} request`);
  check(view.root.request === view.v1.request, 'the root export of the v1-only release is not v1');
  check(
    !view.root.status_fields.includes('release_owner_status'),
    'the v1-only release reports release_owner_status',
  );
  for (const [kind, document] of Object.entries(view.documents)) {
    writeFileSync(join(dir, 'from-old', `${kind}.json`), `${JSON.stringify(document)}\n`);
  }

  const pinnedErrors = typeCheck(dir, 'tsconfig.pinned.json', env);
  check(pinnedErrors === null, `pinned.mts does not type-check:\n${pinnedErrors}`);
  console.log('      tsc pinned.mts (node16, library checking on): types check');
  const rootErrors = typeCheck(dir, 'tsconfig.root.json', env);
  check(rootErrors !== null, 'root-is-v2.mts compiles against the v1-only release');
  const firstError = (
    rootErrors.split('\n').find((line) => line.includes('error TS')) ?? rootErrors
  ).trim();
  const shown = firstError.length > 140 ? `${firstError.slice(0, 140)}…` : firstError;
  console.log(`      tsc root-is-v2.mts: refused as expected (the root is v1): ${shown}`);
  const resolve = createRequire(join(dir, 'package.json')).resolve;
  /** @type {string} */
  let v2Subpath = 'resolves';
  try {
    resolve(`${HANDOFF}/v2`);
  } catch (error) {
    v2Subpath = /** @type {NodeJS.ErrnoException} */ (error).code ?? 'not found';
  }
  check(v2Subpath !== 'resolves', `${HANDOFF}@${version} exports /v2`);
  console.log(`      ${HANDOFF}/v2: ${v2Subpath}`);
  console.log(
    `      kept the documents it produced: from-old/request.json (${view.v1.request}), from-old/response.json (${view.v1.response})`,
  );
  return { version, view, hashes: codeHashes(dir), schemas: v1SchemaFiles(dir) };
}

/**
 * The consumer upgrades to the v2 release with `npm install`, code unchanged: `/v1` gives
 * the same documents, types and JSON Schema files, the root export is now v2 (the root-is-v2
 * probe compiles), and the documents the old version produced parse with the new v1 parsers
 * and upgrade to valid v2 documents (v2 parsers and the shipped `schema/*.v2.json`).
 *
 * @param {string} dir The consumer's folder.
 * @param {string} version The v2 release.
 * @param {PinnedState} before What it saw pinned.
 * @param {NodeJS.ProcessEnv} env Registry environment.
 * @returns {void}
 */
export function upgradeToV2(dir, version, before, env) {
  runCommand('npm', ['install', `${HANDOFF}@${version}`], { cwd: dir, env, quiet: true });
  check(
    installedVersion(dir, HANDOFF) === version,
    `the consumer did not get ${HANDOFF}@${version}`,
  );
  check(codeHashes(dir) === before.hashes, "the consumer's code changed");
  console.log(`    npm install ${HANDOFF}@${version}: no file of the consumer's code changed`);

  const view = runPinned(dir, env);
  printView(version, view);
  check(
    JSON.stringify(view.v1) === JSON.stringify(before.view.v1),
    `/v1 changed: ${JSON.stringify(before.view.v1)} became ${JSON.stringify(view.v1)}`,
  );
  check(view.root.request.endsWith('.request.v2'), `the root export built ${view.root.request}`);
  check(
    view.root.status_fields.includes('release_owner_status'),
    'the root export has no release_owner_status',
  );
  check(v1SchemaFiles(dir) === before.schemas, 'the shipped v1 JSON Schema files changed');
  console.log(
    '      /v1 unchanged: same schema versions, rollup and fields; schema/*.v1.json byte-identical',
  );
  const pinnedErrors = typeCheck(dir, 'tsconfig.pinned.json', env);
  check(pinnedErrors === null, `pinned.mts no longer type-checks:\n${pinnedErrors}`);
  console.log('      tsc pinned.mts: types check, unchanged code');
  const rootErrors = typeCheck(dir, 'tsconfig.root.json', env);
  check(rootErrors === null, `root-is-v2.mts does not compile:\n${rootErrors}`);
  console.log('      tsc root-is-v2.mts: types check (the root response has release_owner_status)');

  writeFileSync(join(dir, 'upgrade.mjs'), UPGRADE_SCRIPT);
  const upgrade = JSON.parse(
    runCommand('node', ['upgrade.mjs'], { cwd: dir, env, quiet: true }).stdout,
  );
  const { summary } = upgrade.upgraded.payload;
  const oldSummary = upgrade.response.payload.summary;
  check(summary.release_owner_status === 'unknown', 'the upgrade did not add release_owner_status');
  check(
    JSON.stringify({ ...summary, release_owner_status: undefined }) === JSON.stringify(oldSummary),
    'the upgrade changed a v1 summary field',
  );
  const resolve = createRequire(join(dir, 'package.json')).resolve;
  const validator = (/** @type {string} */ file) =>
    jsonSchemaValidator(readJson(resolve(`${HANDOFF}/schema/${file}`)));
  const errors = [
    ...validator('response.v1.json')(upgrade.response),
    ...validator('response.v2.json')(upgrade.upgraded),
    ...validator('request.v2.json')(upgrade.upgradedRequest),
  ];
  check(errors.length === 0, `the shipped JSON Schema files reject: ${errors.join('; ')}`);
  console.log(
    `    node upgrade.mjs: from-old/response.json (${upgrade.response.schema_version}, made by ${HANDOFF}@${before.version}) parses with the new /v1 parser; upgraded to ${upgrade.upgraded.schema_version} with release_owner_status ${summary.release_owner_status}, every other field kept; the request to ${upgrade.upgradedRequest.schema_version}`,
  );
  console.log(
    '      the v2 parsers and schema/response.v2.json, schema/request.v2.json accept the upgraded documents; schema/response.v1.json the old one',
  );
}
