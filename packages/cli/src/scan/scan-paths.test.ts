import type * as fs from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { tempTree } from '../testing/temp-tree.js';
import { MAX_LISTED } from './scan-finding.js';
import { scanPaths } from './scan-paths.js';

/**
 * Permission errors for the entries named `locked…` (the tests may run as root), and a
 * folder `mount-loop` that the file system reports as its own parent (a bind mount of a
 * folder inside itself, which only root can make).
 */
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const denied = (path: fs.PathLike) => {
    if (String(path).split('/').at(-1)?.startsWith('locked')) {
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    }
  };
  return {
    ...actual,
    openSync: (path: fs.PathLike, ...rest: [number]) => {
      denied(path);
      return actual.openSync(path, ...rest);
    },
    statSync: (path: fs.PathLike, options?: fs.StatSyncOptions) => {
      const parts = String(path).split('/');
      const looped = parts.at(-1) === 'mount-loop' ? parts.slice(0, -1).join('/') : path;
      return actual.statSync(looped, options);
    },
    readdirSync: (path: fs.PathLike, options: { withFileTypes: true }) => {
      denied(path);
      return actual.readdirSync(path, options);
    },
  };
});

describe('a folder met twice is walked once', () => {
  it('stops at a folder that is its own ancestor, and at a folder named twice', () => {
    const cwd = tempTree({ 'mount-loop/again.txt': 'clean', 'a.txt': 'clean' });
    const result = scanPaths(['.', '.'], cwd);
    expect(result.scanned).toBe(1);
    expect(result.skipped).toEqual([]);
  });
});

describe('files and folders that cannot be read are reported, never silently passed over', () => {
  it('lists an unreadable file and folder as unreadable and scans the rest', () => {
    const cwd = tempTree({
      'locked-dir/inner.txt': 'clean',
      'locked.txt': 'clean',
      'open.txt': 'clean',
    });
    const result = scanPaths(['.'], cwd);
    expect(result.scanned).toBe(1);
    expect(result.unreadable).toBe(2);
    expect(result.skipped).toEqual([
      { file: 'locked-dir', reason: 'unreadable' },
      { file: 'locked.txt', reason: 'unreadable' },
    ]);
  });

  it(`counts an unreadable file beyond the ${MAX_LISTED} skipped files listed`, () => {
    const files: Record<string, string> = { 'locked.txt': 'clean' };
    for (let at = 0; at < MAX_LISTED; at++) files[`bin/${at}.bin`] = '\0';
    const cwd = tempTree(files);
    const result = scanPaths(['.'], cwd);
    expect(result.skipped).toHaveLength(MAX_LISTED);
    expect(result.skipped.some((entry) => entry.reason === 'unreadable')).toBe(false);
    expect(result.omitted).toEqual({ findings: 0, skipped: 1 });
    expect(result.unreadable).toBe(1);
  });
});
