import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listInstalledPackages, namesInNpmTree } from './installed-tree.mjs';
import { jsonSchemaValidator } from './json-schema-check.mjs';
import { registryConfig, startLocalRegistry } from './local-registry.mjs';
import { diffSnapshots, snapshotSources } from './repo-copy.mjs';
import { compareVersions, resolvePackageDir, runtimeDependencies } from './third-party.mjs';

const work = mkdtempSync(join(tmpdir(), 'cavra-release-helpers-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * Writes a package.json into a new folder.
 *
 * @param dir The folder.
 * @param manifest The manifest.
 */
function writePackage(dir: string, manifest: Record<string, unknown>): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest));
}

describe('compareVersions', () => {
  it('orders by major, minor and patch numerically, releases after their pre-releases', () => {
    const sorted = ['1.10.0', '1.2.0', '0.9.9', '1.2.0-beta.1', '1.2.10'].sort(compareVersions);
    expect(sorted).toEqual(['0.9.9', '1.2.0-beta.1', '1.2.0', '1.2.10', '1.10.0']);
  });
});

describe('runtimeDependencies', () => {
  it('takes dependencies, optional dependencies and required peers, not optional peers', () => {
    expect(
      runtimeDependencies({
        dependencies: { valibot: '^1' },
        devDependencies: { vitest: '^4' },
        optionalDependencies: { fsevents: '^2' },
        peerDependencies: { hono: '^4', typescript: '>=5' },
        peerDependenciesMeta: { typescript: { optional: true } },
      }),
    ).toEqual([
      { name: 'valibot', optional: false },
      { name: 'fsevents', optional: true },
      { name: 'hono', optional: false },
    ]);
  });
});

describe('resolvePackageDir', () => {
  it('finds a dependency the way Node does, including pnpm store siblings', () => {
    const store = join(work, 'store', 'node_modules');
    writePackage(join(store, '@scope', 'server'), { name: '@scope/server', version: '1.0.0' });
    writePackage(join(store, 'peer'), { name: 'peer', version: '2.0.0' });
    expect(resolvePackageDir('peer', join(store, '@scope', 'server'))).toBe(join(store, 'peer'));
    expect(resolvePackageDir('absent-package', join(store, '@scope', 'server'))).toBeUndefined();
  });
});

describe('listInstalledPackages and namesInNpmTree', () => {
  it('list physical packages, nested ones included, and the same set from npm ls', () => {
    const project = join(work, 'project');
    writePackage(join(project, 'node_modules', '@cavra', 'contracts-core'), {
      name: '@cavra/contracts-core',
      version: '0.1.0',
    });
    writePackage(join(project, 'node_modules', 'valibot'), { name: 'valibot', version: '1.5.0' });
    writePackage(join(project, 'node_modules', 'valibot', 'node_modules', 'nested'), {
      name: 'nested',
      version: '3.0.0',
    });
    mkdirSync(join(project, 'node_modules', '.bin'), { recursive: true });
    expect(listInstalledPackages(project)).toEqual([
      '@cavra/contracts-core@0.1.0',
      'nested@3.0.0',
      'valibot@1.5.0',
    ]);
    const tree = {
      dependencies: {
        '@cavra/contracts-core': {
          version: '0.1.0',
          dependencies: { valibot: { version: '1.5.0' } },
        },
        valibot: {
          version: '1.5.0',
          dependencies: {
            nested: { version: '3.0.0' },
            typescript: { required: '>=5', missing: true, optional: true },
          },
        },
      },
    };
    expect(namesInNpmTree(tree)).toEqual([
      '@cavra/contracts-core@0.1.0',
      'nested@3.0.0',
      'valibot@1.5.0',
    ]);
  });
});

describe('snapshotSources and diffSnapshots', () => {
  it('report added, removed and modified sources, ignoring node_modules and dist', () => {
    const tree = join(work, 'tree');
    mkdirSync(join(tree, 'dist'), { recursive: true });
    mkdirSync(join(tree, 'node_modules'), { recursive: true });
    writeFileSync(join(tree, 'package.json'), '{"version":"0.1.0"}');
    writeFileSync(join(tree, 'gone.md'), 'x');
    writeFileSync(join(tree, 'dist', 'index.js'), 'a');
    const before = snapshotSources(tree);
    writeFileSync(join(tree, 'package.json'), '{"version":"0.1.1"}');
    rmSync(join(tree, 'gone.md'));
    writeFileSync(join(tree, 'CHANGELOG.md'), '## 0.1.1');
    writeFileSync(join(tree, 'dist', 'index.js'), 'b');
    writeFileSync(join(tree, 'node_modules', 'x.js'), 'c');
    expect(diffSnapshots(before, snapshotSources(tree))).toEqual([
      { path: 'CHANGELOG.md', change: 'added' },
      { path: 'gone.md', change: 'removed' },
      { path: 'package.json', change: 'modified' },
    ]);
  });
});

describe('jsonSchemaValidator', () => {
  const validate = jsonSchemaValidator({
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    properties: { at: { type: 'string', format: 'date-time' } },
    required: ['at'],
    additionalProperties: false,
  });

  it('accepts RFC 3339 timestamps and rejects other strings and unknown keys', () => {
    expect(validate({ at: '2026-01-31T12:00:00Z' })).toEqual([]);
    expect(validate({ at: '2026-01-31T12:00:00.250+02:00' })).toEqual([]);
    expect(validate({ at: 'yesterday' })).toEqual(['/at must match format "date-time"']);
    expect(validate({ at: '2026-01-31T12:00:00Z', extra: 1 })).toEqual([
      '/ must NOT have additional properties',
    ]);
  });
});

describe('local registry', () => {
  it('is configured without uplinks and with authenticated publishing only', () => {
    const config = registryConfig('/tmp/storage', '/tmp/htpasswd');
    expect(config).toContain('uplinks: {}');
    expect(config).not.toMatch(/url:|proxy:/);
    expect(config.match(/^ +publish: \$authenticated$/gm)).toHaveLength(2);
    expect(config).not.toMatch(/\$anonymous/);
  });

  it('starts on 127.0.0.1, registers a user, and is gone once stopped', async () => {
    const registry = await startLocalRegistry(join(work, 'registry'));
    try {
      expect(registry.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const token = await registry.addUser();
      const whoami = await fetch(`${registry.url}-/whoami`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(whoami.status).toBe(200);
      const missing = await fetch(`${registry.url}valibot`);
      expect(missing.status).toBe(404);
    } finally {
      await registry.stop();
    }
    expect(() => process.kill(registry.pid, 0)).toThrow();
  }, 60_000);
});
