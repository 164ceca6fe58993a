import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTarEntries } from './tar-entries.mjs';

const work = mkdtempSync(join(tmpdir(), 'cavra-tar-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const longFolder = `dist/${'nested-folder-'.repeat(8)}`;

/**
 * Writes a small package folder and archives it with the system tar in the given format.
 *
 * @param format `gnu`, `pax` or `ustar`.
 * @returns The archive's bytes.
 */
function archive(format: string): Buffer {
  const root = join(work, format, 'package');
  mkdirSync(join(root, longFolder), { recursive: true });
  writeFileSync(join(root, 'package.json'), '{"name":"x"}');
  writeFileSync(join(root, 'dist', 'index.js'), 'export const a = 1;\n'.repeat(100));
  writeFileSync(join(root, longFolder, 'deep.js'), 'export {};\n');
  const file = join(work, `${format}.tgz`);
  execFileSync('tar', [`--format=${format}`, '-czf', file, '-C', join(work, format), 'package']);
  return readFileSync(file);
}

describe('readTarEntries', () => {
  it.each(['gnu', 'pax'])('lists regular files with their content (%s format)', (format) => {
    const entries = readTarEntries(archive(format));
    const byPath = new Map(entries.map((entry) => [entry.path, entry.content.toString('utf8')]));
    expect([...byPath.keys()].sort()).toEqual(
      ['package/dist/index.js', `package/${longFolder}/deep.js`, 'package/package.json'].sort(),
    );
    expect(byPath.get('package/package.json')).toBe('{"name":"x"}');
    expect(byPath.get('package/dist/index.js')).toBe('export const a = 1;\n'.repeat(100));
  });

  it('rejects bytes that are not gzip', () => {
    expect(() => readTarEntries(Buffer.from('not a tarball'))).toThrow();
  });
});
