// @ts-check
// End-to-end release rehearsal against a real npm registry (verdaccio) on 127.0.0.1:
//   1. start the registry (temporary storage, no uplinks) and place the third-party runtime
//      dependencies in it with `npm pack` + `npm publish`;
//   2. version the pending changesets in a scratch copy of the repository, where
//      support_handoff_readiness was last released as 1.0.0 with schema version v1 only;
//   3. publish that v1-only 1.0.0 (built from the copy without src/v2) and core; a consumer pins
//      v1 through `/v1` and the root export, builds, parses and type-checks;
//   4. publish every package with `changeset publish` (support_handoff_readiness 1.1.0: v2);
//   5. the pinned consumer upgrades to 1.1.0 without a code change: `/v1` is unchanged, the
//      root export is v2, and the documents 1.0.0 produced parse and upgrade to v2;
//   6. a fresh consumer installs the dashboard contract: exactly it, core and valibot; it runs
//      from ESM and CJS, type-checks under `node16` and `bundler`, and its shipped JSON Schema
//      accepts a built response;
//   7. release the dashboard alone (patch changeset, `changeset version`, publish) and check
//      that pinned consumers keep the old version while upgraders get the new one, same core;
//   8. install the CLI globally into a temporary prefix and run `cavra-contracts demo`.
// The registry is stopped by its process id whatever happens. Set CAVRA_KEEP_REHEARSAL=1 to
// keep the scratch folder for inspection.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { CONTRACTS } from '@cavra/contracts';
import { CJS_SCRIPT, consumerTsconfig, ESM_SCRIPT, TYPESCRIPT_SOURCE } from './consumer-files.mjs';
import { installedVersion, listInstalledPackages, namesInNpmTree } from './installed-tree.mjs';
import { jsonSchemaValidator } from './json-schema-check.mjs';
import { startLocalRegistry } from './local-registry.mjs';
import { copyRepository, diffSnapshots, snapshotSources } from './repo-copy.mjs';
import { RehearsalError, runCommand } from './run-command.mjs';
import {
  HANDOFF,
  packV1OnlyRelease,
  pinV1Only,
  upgradeToV2,
} from './schema-versions-rehearsal.mjs';
import { manifestTargets, targetMatches } from './tarball-rules.mjs';
import { collectThirdPartyPackages } from './third-party.mjs';
import { listPublishedPackages, REPO_ROOT, readJson, versionsOf } from './workspace.mjs';

const DASHBOARD = '@cavra/customer-operating-dashboard';
const CORE = '@cavra/contracts-core';
const CLI = '@cavra/contracts-cli';
/** The release of support_handoff_readiness before v2: schema version v1 only. */
const HANDOFF_V1_ONLY = '1.0.0';
const CHANGESET_BIN = join(REPO_ROOT, 'node_modules', '@changesets', 'cli', 'bin.js');
const TSC_BIN = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

/** @type {Array<{ title: string, ms: number }>} */
const timings = [];

/**
 * Runs one numbered step, printing a heading and recording its duration.
 *
 * @template T
 * @param {string} title What the step proves.
 * @param {() => Promise<T> | T} body The step.
 * @returns {Promise<T>} The step's result.
 */
async function step(title, body) {
  console.log(`\n=== ${title} ===`);
  const start = Date.now();
  const result = await body();
  timings.push({ title, ms: Date.now() - start });
  return result;
}

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
 * The environment of every npm, pnpm and changesets command: npm's and pnpm's inherited
 * settings are dropped, and the user config, global config and cache all live in the scratch
 * folder, so the only registry any command can reach is the local one.
 *
 * @param {string} work Scratch folder.
 * @param {string} registryUrl Local registry URL.
 * @param {string} token Auth token of the local registry's throw-away user.
 * @returns {NodeJS.ProcessEnv} The environment.
 */
function registryEnvironment(work, registryUrl, token) {
  const userconfig = join(work, 'npmrc');
  const globalconfig = join(work, 'npmrc-global');
  const host = new URL(registryUrl).host;
  writeFileSync(
    userconfig,
    [
      `registry=${registryUrl}`,
      `//${host}/:_authToken=${token}`,
      'audit=false',
      'fund=false',
      '',
    ].join('\n'),
    { mode: 0o600 },
  );
  writeFileSync(globalconfig, '');
  /** @type {NodeJS.ProcessEnv} */
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(npm_|pnpm_config_)/i.test(key)) env[key] = value;
  }
  return {
    ...env,
    npm_config_userconfig: userconfig,
    npm_config_globalconfig: globalconfig,
    npm_config_registry: registryUrl,
    npm_config_cache: join(work, 'npm-cache'),
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    NO_UPDATE_NOTIFIER: '1',
    NO_COLOR: '1',
  };
}

/**
 * Reads the versions of a package that the registry holds.
 *
 * @param {string} registryUrl Local registry URL.
 * @param {string} name Package name.
 * @returns {Promise<string[]>} Its versions, oldest first (empty when unknown).
 */
async function registryVersions(registryUrl, name) {
  const url = `${registryUrl}${name.replace('/', '%2f')}`;
  /** @type {Response | undefined} */
  let response;
  for (let attempt = 1; response === undefined; attempt++) {
    try {
      response = await fetch(url);
    } catch (error) {
      // An idle keep-alive connection closed by the server; a fresh one will do.
      if (attempt === 3)
        throw new RehearsalError(
          `cannot read ${url}: ${/** @type {Error} */ (error).cause ?? error}`,
        );
    }
  }
  if (response.status === 404) return [];
  check(response.ok, `the registry answered ${response.status} for ${name}`);
  const packument = /** @type {{ versions?: Record<string, unknown> }} */ (await response.json());
  return Object.keys(packument.versions ?? {});
}

/**
 * Checks that every file a package.json points at exists, so nothing unbuilt is published.
 *
 * @param {import('./workspace.mjs').WorkspacePackage} pkg A published package.
 * @returns {void}
 */
function assertBuilt(pkg) {
  /** @type {string[]} */
  const files = [];
  /** @param {string} dir */
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(relative(pkg.dir, path).split('\\').join('/'));
    }
  };
  walk(pkg.dir);
  for (const target of manifestTargets(pkg.manifest)) {
    check(
      files.some((file) => targetMatches(target, file)),
      `${pkg.folder}/package.json points at ${target}, which does not exist: build the package first (pnpm build)`,
    );
  }
}

/**
 * Publishes one installed third-party package to the local registry: its installed folder is
 * copied out of the store (npm cannot pack a folder that sits inside pnpm's store), any
 * `publishConfig` is dropped (it could name another registry), then `npm pack` and
 * `npm publish` of the tarball.
 *
 * @param {import('./third-party.mjs').InstalledPackage} pkg The package.
 * @param {string} staging Scratch folder.
 * @param {NodeJS.ProcessEnv} env Registry environment.
 * @returns {void}
 */
function publishThirdParty(pkg, staging, env) {
  const packDir = join(staging, `${pkg.name.replace('/', '+')}@${pkg.version}`);
  const source = join(packDir, 'package');
  cpSync(pkg.dir, source, {
    recursive: true,
    dereference: true,
    filter: (path) => relative(pkg.dir, path).split(sep)[0] !== 'node_modules',
  });
  const manifestFile = join(source, 'package.json');
  const manifest = readJson(manifestFile);
  delete manifest.publishConfig;
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  const { stdout } = runCommand(
    'npm',
    ['pack', '--pack-destination', packDir, '--ignore-scripts', '--json'],
    { cwd: source, env, quiet: true },
  );
  const [packed] = JSON.parse(stdout);
  runCommand(
    'npm',
    ['publish', join(packDir, packed.filename), '--ignore-scripts', '--tag', 'latest'],
    {
      cwd: packDir,
      env,
      quiet: true,
    },
  );
  console.log(`    placed ${pkg.name}@${pkg.version} (${packed.entryCount} files)`);
}

/**
 * Prints a consumer's dependency tree and returns the packages in it.
 *
 * @param {string} projectDir Consumer folder.
 * @param {NodeJS.ProcessEnv} env Registry environment.
 * @returns {string[]} `name@version` of every package in the tree.
 */
function dependencyTree(projectDir, env) {
  runCommand('npm', ['ls', '--all'], { cwd: projectDir, env });
  const { stdout } = runCommand('npm', ['ls', '--all', '--json'], {
    cwd: projectDir,
    env,
    quiet: true,
  });
  return namesInNpmTree(JSON.parse(stdout));
}

/**
 * Creates an empty consumer project.
 *
 * @param {string} dir Folder to create.
 * @param {Record<string, string>} [dependencies] Dependencies to declare.
 * @returns {string} The folder.
 */
function createConsumer(dir, dependencies = {}) {
  mkdirSync(dir, { recursive: true });
  const manifest = { name: 'rehearsal-consumer', version: '1.0.0', private: true, dependencies };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return dir;
}

/**
 * Formats a versions map as aligned lines.
 *
 * @param {Record<string, string>} before Versions before.
 * @param {Record<string, string>} [after] Versions after, if any.
 * @returns {string} The table.
 */
function versionTable(before, after) {
  const width = Math.max(...Object.keys(before).map((name) => name.length));
  return Object.entries(before)
    .map(([name, version]) => {
      const next = after?.[name];
      const change = next === undefined ? '' : next === version ? '  (unchanged)' : `  -> ${next}`;
      return `    ${name.padEnd(width)}  ${version}${change}`;
    })
    .join('\n');
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'cavra-release-rehearsal-'));
  console.log(`release rehearsal in ${work}`);
  /** @type {import('./local-registry.mjs').LocalRegistry | undefined} */
  let registry;
  try {
    const published = listPublishedPackages();
    for (const pkg of published) assertBuilt(pkg);

    const env = await step(
      '1/8 local registry with the third-party runtime dependencies',
      async () => {
        registry = await startLocalRegistry(join(work, 'registry'));
        console.log(`    verdaccio pid ${registry.pid} on ${registry.url} (no uplinks)`);
        const env = registryEnvironment(work, registry.url, await registry.addUser());
        const staging = join(work, 'third-party');
        for (const pkg of collectThirdPartyPackages(published))
          publishThirdParty(pkg, staging, env);
        return env;
      },
    );
    const registryUrl = /** @type {import('./local-registry.mjs').LocalRegistry} */ (registry).url;

    const repo = join(work, 'repo');
    const before = await step(
      `2/8 version the pending changesets (${HANDOFF} last released as ${HANDOFF_V1_ONLY}, v1 only)`,
      () => {
        copyRepository(REPO_ROOT, repo);
        const handoffManifest = join(repo, 'packages', 'support-handoff-readiness', 'package.json');
        writeFileSync(
          handoffManifest,
          `${JSON.stringify({ ...readJson(handoffManifest), version: HANDOFF_V1_ONLY }, null, 2)}\n`,
        );
        const unreleased = versionsOf(listPublishedPackages(repo));
        runCommand(process.execPath, [CHANGESET_BIN, 'version'], { cwd: repo, env });
        const versions = versionsOf(listPublishedPackages(repo));
        console.log(`    changeset version:\n${versionTable(unreleased, versions)}`);
        const [v1Major] = HANDOFF_V1_ONLY.split('.');
        const [major, minor] = String(versions[HANDOFF]).split('.');
        check(
          major === v1Major && Number(minor) > 0,
          `the v2 release of ${HANDOFF} must be a minor of ${HANDOFF_V1_ONLY}, is ${versions[HANDOFF]}`,
        );
        return versions;
      },
    );

    const pinnedV1 = join(work, 'consumer-pinned-v1');
    const pinnedState = await step(
      `3/8 publish ${HANDOFF}@${HANDOFF_V1_ONLY} (v1 only); a consumer pins /v1`,
      () => {
        const tarball = packV1OnlyRelease(repo, HANDOFF_V1_ONLY, `^${before[CORE]}`, work, env);
        runCommand('pnpm', ['publish', '--no-git-checks', '--ignore-scripts'], {
          cwd: join(repo, 'packages', 'core'),
          env,
          quiet: true,
        });
        runCommand('npm', ['publish', tarball, '--ignore-scripts'], {
          cwd: work,
          env,
          quiet: true,
        });
        console.log(`    registry: ${CORE}@${before[CORE]}, ${HANDOFF}@${HANDOFF_V1_ONLY}`);
        return pinV1Only(pinnedV1, HANDOFF_V1_ONLY, env);
      },
    );

    await step('4/8 publish every package with changeset publish', async () => {
      runCommand(process.execPath, [CHANGESET_BIN, 'publish', '--no-git-tag'], {
        cwd: repo,
        env,
      });
      for (const [name, version] of Object.entries(before)) {
        const onRegistry = await registryVersions(registryUrl, name);
        check(
          onRegistry.includes(version),
          `${name}@${version} is not on the registry after publish`,
        );
      }
      const handoffVersions = await registryVersions(registryUrl, HANDOFF);
      check(
        JSON.stringify(handoffVersions) === JSON.stringify([HANDOFF_V1_ONLY, before[HANDOFF]]),
        `${HANDOFF} on the registry: ${handoffVersions.join(', ')}`,
      );
      console.log(
        `    every package is on the registry at its workspace version; ${HANDOFF}: ${handoffVersions.join(', ')}`,
      );
    });

    await step(`5/8 the pinned consumer upgrades to ${HANDOFF}@${before[HANDOFF]}`, () =>
      upgradeToV2(pinnedV1, String(before[HANDOFF]), pinnedState, env),
    );

    const consumer = join(work, 'consumer');
    await step('6/8 a consumer installs the dashboard contract alone', () => {
      createConsumer(consumer);
      runCommand('npm', ['install', DASHBOARD], { cwd: consumer, env });
      const installed = listInstalledPackages(consumer);
      const names = installed.map((entry) => entry.slice(0, entry.lastIndexOf('@')));
      check(
        JSON.stringify(names) === JSON.stringify([CORE, DASHBOARD, 'valibot']),
        `the consumer should hold exactly ${DASHBOARD}, ${CORE} and valibot, found: ${installed.join(', ')}`,
      );
      check(
        installed.includes(`${DASHBOARD}@${before[DASHBOARD]}`) &&
          installed.includes(`${CORE}@${before[CORE]}`),
        `the consumer did not get the published versions: ${installed.join(', ')}`,
      );
      const tree = dependencyTree(consumer, env);
      check(
        JSON.stringify(tree) === JSON.stringify(installed),
        `npm ls disagrees with node_modules: ${tree.join(', ')}`,
      );
      console.log(`    installed exactly: ${installed.join(', ')}`);

      writeFileSync(join(consumer, 'esm.mjs'), ESM_SCRIPT);
      writeFileSync(join(consumer, 'cjs.cjs'), CJS_SCRIPT);
      const fromEsm = runCommand('node', ['esm.mjs'], { cwd: consumer, env, quiet: true }).stdout;
      const fromCjs = runCommand('node', ['cjs.cjs'], { cwd: consumer, env, quiet: true }).stdout;
      const esmResponse = JSON.parse(fromEsm);
      const cjsResponse = JSON.parse(fromCjs);
      check(
        esmResponse.schema_version === cjsResponse.schema_version &&
          esmResponse.payload.summary.billing_status === 'degraded',
        'ESM and CJS builds disagree on the response',
      );
      console.log('    ESM and CJS: built, round-tripped and refused a foreign operation');

      for (const extension of ['mts', 'cts', 'ts']) {
        writeFileSync(join(consumer, `check.${extension}`), TYPESCRIPT_SOURCE);
      }
      writeFileSync(
        join(consumer, 'tsconfig.node16.json'),
        consumerTsconfig('node16', ['check.mts', 'check.cts']),
      );
      writeFileSync(
        join(consumer, 'tsconfig.bundler.json'),
        consumerTsconfig('bundler', ['check.ts']),
      );
      for (const mode of ['node16', 'bundler']) {
        runCommand(process.execPath, [TSC_BIN, '-p', `tsconfig.${mode}.json`], {
          cwd: consumer,
          env,
        });
        console.log(`    TypeScript moduleResolution ${mode}: types check (library checking on)`);
      }

      const requireFromConsumer = createRequire(join(consumer, 'package.json'));
      const schemaFile = requireFromConsumer.resolve(`${DASHBOARD}/schema/response.v1.json`);
      const validate = jsonSchemaValidator(readJson(schemaFile));
      const errors = validate(esmResponse);
      check(
        errors.length === 0,
        `schema/response.v1.json rejects a built response: ${errors.join('; ')}`,
      );
      const tampered = { ...esmResponse, status: 'green' };
      check(validate(tampered).length > 0, 'schema/response.v1.json accepts an unknown status');
      console.log(
        `    ${relative(consumer, schemaFile)} (ajv, draft 2020-12): accepts the built response, rejects a tampered one`,
      );
    });

    const after = await step('7/8 release the dashboard contract alone', async () => {
      const changesetDir = join(repo, '.changeset');
      const pending = readdirSync(changesetDir).filter(
        (file) => file.endsWith('.md') && file !== 'README.md',
      );
      check(
        pending.length === 0,
        `changesets still pending after the first release: ${pending.join(', ')}`,
      );
      writeFileSync(
        join(changesetDir, 'rehearsal-dashboard-patch.md'),
        `---\n"${DASHBOARD}": patch\n---\n\nRelease rehearsal: a patch of the dashboard contract alone.\n`,
      );
      const snapshot = snapshotSources(repo);
      runCommand(process.execPath, [CHANGESET_BIN, 'version'], { cwd: repo, env });
      const versions = versionsOf(listPublishedPackages(repo));
      console.log(`    versions:\n${versionTable(before, versions)}`);

      const dashboardDir = 'packages/customer-operating-dashboard';
      const changes = diffSnapshots(snapshot, snapshotSources(repo));
      console.log(
        `    files changed by changeset version:\n${changes.map((c) => `      ${c.change} ${c.path}`).join('\n')}`,
      );
      const allowed = new Set([
        `${dashboardDir}/package.json`,
        `${dashboardDir}/CHANGELOG.md`,
        '.changeset/rehearsal-dashboard-patch.md',
      ]);
      const unexpected = changes.filter((c) => !allowed.has(c.path));
      check(
        unexpected.length === 0,
        `changeset version also changed: ${unexpected.map((c) => c.path).join(', ')}`,
      );
      const [major, minor, patch] = (before[DASHBOARD] ?? '').split('.').map(Number);
      const expected = `${major}.${minor}.${(patch ?? 0) + 1}`;
      check(
        versions[DASHBOARD] === expected,
        `the dashboard should be ${expected}, is ${versions[DASHBOARD]}`,
      );
      for (const [name, version] of Object.entries(before)) {
        if (name !== DASHBOARD)
          check(versions[name] === version, `${name} moved from ${version} to ${versions[name]}`);
      }
      const changelog = readFileSync(join(repo, dashboardDir, 'CHANGELOG.md'), 'utf8');
      check(
        changelog.includes(`## ${expected}`),
        `the dashboard CHANGELOG has no ${expected} entry`,
      );
      console.log(
        `    ${dashboardDir}/CHANGELOG.md now starts:\n${changelog
          .split('\n')
          .slice(0, 8)
          .map((line) => `      ${line}`)
          .join('\n')}`,
      );

      /** @type {Record<string, string[]>} */
      const earlier = {};
      for (const name of Object.keys(before)) {
        earlier[name] = await registryVersions(registryUrl, name);
      }
      runCommand(process.execPath, [CHANGESET_BIN, 'publish', '--no-git-tag'], { cwd: repo, env });
      for (const name of Object.keys(before)) {
        const onRegistry = await registryVersions(registryUrl, name);
        const wanted = name === DASHBOARD ? [...(earlier[name] ?? []), expected] : earlier[name];
        check(
          JSON.stringify(onRegistry) === JSON.stringify(wanted),
          `${name} on the registry: ${onRegistry.join(', ')}; expected ${wanted?.join(', ')}`,
        );
      }
      console.log(
        `    registry: ${DASHBOARD} has ${before[DASHBOARD]} and ${expected}; every other package kept its versions`,
      );

      const pinned = createConsumer(join(work, 'consumer-pinned'), {
        [DASHBOARD]: before[DASHBOARD] ?? '',
      });
      runCommand('npm', ['install'], { cwd: pinned, env });
      check(
        installedVersion(pinned, DASHBOARD) === before[DASHBOARD],
        'a consumer pinned to the old dashboard did not get it',
      );
      console.log(
        `    consumer pinned to ${before[DASHBOARD]}: gets ${installedVersion(pinned, DASHBOARD)}`,
      );
      dependencyTree(pinned, env);

      runCommand('npm', ['ci'], { cwd: consumer, env });
      check(
        installedVersion(consumer, DASHBOARD) === before[DASHBOARD],
        'npm ci with the old lockfile did not keep the old dashboard',
      );
      console.log(
        `    consumer with a lockfile (npm ci): keeps ${installedVersion(consumer, DASHBOARD)}`,
      );
      runCommand('npm', ['install', `${DASHBOARD}@latest`], { cwd: consumer, env });
      check(
        installedVersion(consumer, DASHBOARD) === expected,
        'the upgrading consumer did not get the new dashboard',
      );
      check(
        installedVersion(consumer, CORE) === before[CORE],
        'the upgrading consumer got another core',
      );
      console.log(
        `    upgrading consumer: ${DASHBOARD}@${expected} with the same ${CORE}@${before[CORE]}`,
      );
      dependencyTree(consumer, env);
      return versions;
    });

    await step('8/8 install the CLI globally from the registry and run the demo', () => {
      const prefix = join(work, 'global');
      runCommand('npm', ['install', '--global', '--prefix', prefix, CLI], { cwd: work, env });
      runCommand('npm', ['ls', '--global', '--prefix', prefix, '--all'], { cwd: work, env });
      const bin = join(prefix, 'bin', 'cavra-contracts');
      check(existsSync(bin), `the global install did not create ${relative(work, bin)}`);
      const { stdout } = runCommand(bin, ['demo'], { cwd: work, env });
      for (const contract of CONTRACTS) {
        const { operation } = contract.declaration;
        check(stdout.includes(operation), `cavra-contracts demo did not cover ${operation}`);
      }
      console.log(
        `    ${relative(work, bin)} demo: exit 0, all ${CONTRACTS.length} contracts covered`,
      );
    });

    console.log('\n=== release rehearsal passed ===');
    console.log(
      `versions before and after the single-package release:\n${versionTable(before, after)}`,
    );
    for (const { title, ms } of timings)
      console.log(`  ${(ms / 1000).toFixed(1).padStart(6)} s  ${title}`);
  } finally {
    if (registry) {
      await registry.stop();
      console.log(`verdaccio (pid ${registry.pid}) stopped`);
    }
    if (process.env['CAVRA_KEEP_REHEARSAL'] === '1') console.log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  const message = error instanceof RehearsalError ? error.message : (error?.stack ?? String(error));
  if (error?.cause) console.error(error.cause);
  console.error(`\nrelease rehearsal FAILED: ${message}`);
  process.exitCode = 1;
});
