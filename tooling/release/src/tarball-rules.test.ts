import { describe, expect, it } from 'vitest';
import {
  checkPackedManifest,
  checkTarballFiles,
  classifyTarballFile,
  importedPackages,
  manifestTargets,
  targetMatches,
} from './tarball-rules.mjs';

const versions = {
  '@cavra/contracts-core': '0.1.0',
  '@cavra/customer-operating-dashboard': '0.2.3',
};

describe('classifyTarballFile', () => {
  it.each([
    ['package.json', 'manifest'],
    ['README.md', 'readme'],
    ['CHANGELOG.md', 'changelog'],
    ['LICENSE', 'license'],
    ['dist/index.js', 'code'],
    ['dist/index.cjs', 'code'],
    ['dist/guard/key-rules.js', 'code'],
    ['dist/chunk-25STZLWP.js', 'code'],
    ['dist/index.d.ts', 'types'],
    ['dist/index.d.cts', 'types'],
    ['schema/response.v1.json', 'json-schema'],
    ['bin/cavra-contracts.js', 'bin'],
  ])('allows %s as %s', (path, kind) => {
    expect(classifyTarballFile(path)).toEqual({ allowed: true, kind });
  });

  it.each([
    ['dist/index.test.js', 'test or benchmark file'],
    ['dist/rules.test-d.ts', 'test or benchmark file'],
    ['dist/guard.bench.js', 'test or benchmark file'],
    ['src/index.test.ts', 'test or benchmark file'],
    ['test/fixtures/response.json', 'test folder or fixture'],
    ['dist/fixtures/sample.js', 'test folder or fixture'],
    ['dist/__tests__/a.js', 'test folder or fixture'],
    ['tsconfig.json', 'TypeScript project file'],
    ['tsconfig.build.json', 'TypeScript project file'],
    ['dist/tsconfig.tsbuildinfo', 'TypeScript project file'],
    ['src/index.ts', 'source file (sources and test sources stay in the repository)'],
    ['dist/index.js.map', 'source map'],
    [
      'bin/sub/tool.js',
      'not in the allowlist (built code, types, JSON Schemas, docs, command entries)',
    ],
  ])('refuses %s (%s)', (path, reason) => {
    expect(classifyTarballFile(path)).toEqual({ allowed: false, reason });
  });

  it.each([
    'vitest.config.ts',
    'tsup.config.ts',
    '.size-limit.json',
    'schema/nested/response.v1.json',
    'docs/index.html',
    'dist/index.ts',
  ])('refuses %s as outside the allowlist', (path) => {
    const verdict = classifyTarballFile(path);
    expect(verdict.allowed).toBe(false);
    expect(verdict).toHaveProperty('reason', expect.stringContaining('not in the allowlist'));
  });
});

describe('checkPackedManifest', () => {
  const clean = {
    name: '@cavra/customer-operating-dashboard',
    license: 'Apache-2.0',
    dependencies: { '@cavra/contracts-core': '^0.1.0', valibot: '^1.5.0' },
    devDependencies: { '@cavra/config': '0.0.0' },
    publishConfig: { access: 'public' },
  };

  it('accepts a manifest with published ranges', () => {
    expect(checkPackedManifest(clean, versions)).toEqual([]);
  });

  it('reports every workspace: range left after packing', () => {
    const problems = checkPackedManifest(
      {
        ...clean,
        dependencies: { '@cavra/contracts-core': 'workspace:^' },
        devDependencies: { '@cavra/config': 'workspace:*' },
      },
      versions,
    );
    expect(problems).toEqual([
      'package.json: dependencies.@cavra/contracts-core still uses the workspace protocol',
      'package.json: devDependencies.@cavra/config still uses the workspace protocol',
    ]);
  });

  it('reports an internal dependency that is not a caret range of the workspace version', () => {
    const problems = checkPackedManifest(
      { ...clean, dependencies: { '@cavra/contracts-core': '0.0.9' } },
      versions,
    );
    expect(problems).toEqual([
      'package.json: dependencies.@cavra/contracts-core is "0.0.9", expected "^0.1.0"',
    ]);
  });

  it('reports a registry in publishConfig, a private flag and a wrong license', () => {
    const problems = checkPackedManifest(
      {
        ...clean,
        private: true,
        license: 'MIT',
        publishConfig: { '@cavra:registry': 'http://127.0.0.1:1/' },
      },
      versions,
    );
    expect(problems).toEqual([
      'package.json: "private" is true',
      'package.json: license is not Apache-2.0',
      'package.json: publishConfig.@cavra:registry names a registry',
    ]);
  });
});

describe('manifestTargets and targetMatches', () => {
  const manifest = {
    main: './dist/index.cjs',
    types: './dist/index.d.cts',
    exports: {
      '.': {
        import: { types: './dist/index.d.ts', default: './dist/index.js' },
        require: { types: './dist/index.d.cts', default: './dist/index.cjs' },
      },
      './schema/*.json': './schema/*.json',
      './package.json': './package.json',
    },
    bin: { 'cavra-contracts': './dist/bin.js' },
  };

  it('lists every path the manifest points at, once', () => {
    expect(manifestTargets(manifest)).toEqual([
      'dist/bin.js',
      'dist/index.cjs',
      'dist/index.d.cts',
      'dist/index.d.ts',
      'dist/index.js',
      'package.json',
      'schema/*.json',
    ]);
  });

  it('matches plain targets exactly and wildcard targets by prefix and suffix', () => {
    expect(targetMatches('dist/index.js', 'dist/index.js')).toBe(true);
    expect(targetMatches('dist/index.js', 'dist/index.cjs')).toBe(false);
    expect(targetMatches('schema/*.json', 'schema/response.v1.json')).toBe(true);
    expect(targetMatches('schema/*.json', 'schema/.json')).toBe(false);
    expect(targetMatches('schema/*.json', 'dist/response.v1.json')).toBe(false);
  });
});

describe('importedPackages', () => {
  it('finds bare specifiers of import, export, dynamic import and require', () => {
    const code = [
      'import { a } from "valibot";',
      "export { b } from '@cavra/contracts-core';",
      'import "side-effect/register";',
      'const c = await import("citty");',
      'const d = require("@hono/node-server/serve");',
      'import e from "./local.js";',
      'import { readFile } from "node:fs/promises";',
      'const f = require("path");',
    ].join('\n');
    expect(importedPackages(code)).toEqual([
      '@cavra/contracts-core',
      '@hono/node-server',
      'citty',
      'side-effect',
      'valibot',
    ]);
  });
});

describe('checkTarballFiles', () => {
  const file = (path: string, content = '') => ({ path, content: Buffer.from(content) });
  const manifest = JSON.stringify({
    name: '@cavra/customer-operating-dashboard',
    license: 'Apache-2.0',
    main: './dist/index.cjs',
    exports: { '.': './dist/index.js', './schema/*.json': './schema/*.json' },
    dependencies: { '@cavra/contracts-core': '^0.1.0', valibot: '^1.5.0' },
  });

  it('passes a tarball of built code, types, schemas and docs', () => {
    const problems = checkTarballFiles(
      [
        file('package.json', manifest),
        file('README.md'),
        file('LICENSE'),
        file('dist/index.js', 'import * as v from "valibot"; export * from "./chunk-A.js";'),
        file('dist/index.cjs', 'const core = require("@cavra/contracts-core");'),
        file('dist/index.d.ts', 'import type { GenericSchema } from "valibot";'),
        file('schema/response.v1.json', '{}'),
      ],
      versions,
    );
    expect(problems).toEqual([]);
  });

  it('reports refused files, missing docs, missing targets and undeclared imports', () => {
    const problems = checkTarballFiles(
      [
        file('package.json', manifest),
        file('dist/index.js', 'import { describe } from "vitest";'),
        file('dist/index.test.js'),
        file('tsconfig.json', '{}'),
      ],
      versions,
    );
    expect(problems).toEqual([
      'dist/index.test.js: test or benchmark file',
      'tsconfig.json: TypeScript project file',
      'README.md: missing',
      'LICENSE: missing',
      'package.json points at dist/index.cjs, which the tarball does not contain',
      'package.json points at schema/*.json, which the tarball does not contain',
      'dist/index.js: imports vitest, which is not a declared dependency',
    ]);
  });
});
