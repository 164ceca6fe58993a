import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { schemaFileName, versionTagOf } from '@cavra/contracts-core';
import { describe, expect, it } from 'vitest';
import LOCK from '../schema-lock.json' with { type: 'json' };
import { PUBLISHED_CONTRACTS } from './index.js';

// A published schema version is never edited. `schema-lock.json` holds the SHA-256 of every
// JSON Schema file of every published version, by version tag; adding a version adds its
// files' hashes there, in the change that publishes it. Nothing ever rewrites an entry.

const packagesFolder = fileURLToPath(new URL('../../', import.meta.url));
const locked: Readonly<Record<string, Readonly<Record<string, string>>>> = LOCK;

/** The shipped path of each schema file of each published version, by version tag. */
function publishedFiles(): Record<string, string[]> {
  const files: Record<string, string[]> = {};
  for (const { declaration } of PUBLISHED_CONTRACTS) {
    const tag = versionTagOf(declaration.versions);
    for (const version of [declaration.versions.request, declaration.versions.response]) {
      const list = files[tag] ?? [];
      list.push(`${declaration.packageName}/schema/${schemaFileName(version)}`);
      files[tag] = list;
    }
  }
  return files;
}

function sha256(path: string): string {
  const file = `${packagesFolder}${path.replace(/^@cavra\//, '')}`;
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

describe('published JSON Schema files are locked by their hashes', () => {
  for (const [tag, files] of Object.entries(locked)) {
    for (const [path, hash] of Object.entries(files)) {
      it(`${tag}: ${path} is byte for byte the published file`, () => {
        expect(
          sha256(path),
          `${path} changed. A published schema version is never edited: add a new version instead (RELEASING.md).`,
        ).toBe(hash);
      });
    }
  }

  it('locks every schema file of every published version, under its version', () => {
    const expected = publishedFiles();
    for (const [tag, files] of Object.entries(expected)) {
      expect(Object.keys(locked[tag] ?? {}).sort(), `schema-lock.json, ${tag}`).toEqual(
        [...files].sort(),
      );
    }
    expect(Object.keys(locked).sort()).toEqual(Object.keys(expected).sort());
  });

  it('fails for a changed byte: the hash of a file and of its edit differ', () => {
    const [path] = Object.keys(locked['v1'] ?? {});
    const original = readFileSync(`${packagesFolder}${String(path).replace(/^@cavra\//, '')}`);
    const edited = Buffer.concat([original.subarray(0, -1), Buffer.from(' \n')]);
    expect(createHash('sha256').update(edited).digest('hex')).not.toBe(
      locked['v1']?.[String(path)],
    );
  });
});
