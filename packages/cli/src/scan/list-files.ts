import { type Dirent, readdirSync, type Stats, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { inputError } from '../cli-error.js';
import { quoteInput } from '../redact.js';
import { childPath, type FsPath, pathText } from './fs-path.js';
import {
  gitignoreStackFor,
  type IgnoreStack,
  isIgnored,
  withGitignore,
} from './gitignore-rules.js';
import type { SkipReason } from './scan-finding.js';

/** The files a scan reads, and the entries it passes over before reading. */
export interface FileListing {
  /**
   * Absolute paths of regular files, in command-line order, each folder sorted by name
   * (bytes where a name is not UTF-8).
   */
  readonly files: readonly FsPath[];
  /** Entries passed over (symbolic links, sockets, unreadable folders), by absolute path. */
  readonly skipped: readonly { readonly path: string; readonly reason: SkipReason }[];
}

/**
 * Lists the files under the paths given to `scan`. A file named on the command line is
 * always listed (a symbolic link given there is followed); inside a folder, entries ignored
 * by `.gitignore` files (the enclosing repository's and nested ones) are left out, as is
 * every `.git` folder, and symbolic links are not followed; a folder met twice (named
 * twice, or inside itself through a bind mount) is walked once, so the walk ends on any tree.
 *
 * @param paths The paths as given.
 * @param cwd The directory relative paths start from.
 * @returns The files and the entries passed over.
 * @throws {CliError} exit code 2 when a given path does not exist or cannot be read.
 */
export function listFiles(paths: readonly string[], cwd: string): FileListing {
  const roots = paths.map((path) => ({ path: resolve(cwd, path), stats: statGiven(path, cwd) }));
  const files: FsPath[] = [];
  const skipped: { path: string; reason: SkipReason }[] = [];
  const seen = new Set<string>();
  const addFile = (path: FsPath) => {
    const key = typeof path === 'string' ? path : path.toString('hex');
    if (seen.has(key)) return;
    seen.add(key);
    files.push(path);
  };

  // Folders walked, by device and inode: a bind mount can make a folder its own descendant,
  // and a folder can be named twice; either is walked once.
  const walked = new Set<string>();
  const walk = (dir: FsPath, stack: IgnoreStack): void => {
    let entries: Dirent<Buffer>[];
    try {
      const { dev, ino } = statSync(dir, { bigint: true });
      if (walked.has(`${dev}:${ino}`)) return;
      walked.add(`${dev}:${ino}`);
      entries = readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
    } catch {
      skipped.push({ path: pathText(dir), reason: 'unreadable' });
      return;
    }
    // Byte order, as git sorts names.
    entries.sort((a, b) => Buffer.compare(a.name, b.name));
    for (const entry of entries) {
      const path = childPath(dir, entry.name);
      const text = pathText(path);
      if (entry.name.toString() === '.git') continue;
      if (isIgnored(stack, text, entry.isDirectory())) continue;
      if (entry.isSymbolicLink()) skipped.push({ path: text, reason: 'symlink' });
      else if (entry.isDirectory()) walk(path, withGitignore(stack, pathText(path), path));
      else if (entry.isFile()) addFile(path);
      else skipped.push({ path: text, reason: 'special' });
    }
  };

  for (const root of roots) {
    if (root.stats.isDirectory()) walk(root.path, gitignoreStackFor(root.path));
    else if (root.stats.isFile()) addFile(root.path);
    else skipped.push({ path: root.path, reason: 'special' });
  }
  return { files, skipped };
}

function statGiven(path: string, cwd: string): Stats {
  try {
    return statSync(resolve(cwd, path));
  } catch (caught) {
    const code = (caught as { code?: unknown } | null)?.code;
    const why = code === 'ENOENT' ? 'no such file or folder' : 'it cannot be read';
    throw inputError(`cannot scan ${quoteInput(path)}: ${why}`);
  }
}
