import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { childPath, type FsPath } from './fs-path.js';
import { readBoundedFile } from './read-bounded-file.js';

/** The `.gitignore` rules of one directory. */
export interface IgnoreLevel {
  /** The directory holding the `.gitignore` file; its patterns are relative to it. */
  readonly dir: string;
  /** The patterns. */
  readonly rules: Ignore;
  /** How many patterns the file holds (blank lines and comments left out). */
  readonly count: number;
}

/**
 * The most patterns in force at once, over a directory's `.gitignore` files from the
 * repository root down. Every path is tested against every pattern in force, so a hostile
 * `.gitignore` of 500,000 one-character patterns would take hours on a large tree; a file
 * that would pass this bound is not applied (more is scanned, never less).
 */
export const MAX_PATTERNS_IN_FORCE = 1000;

/**
 * The `.gitignore` files that apply inside a directory, outermost first: those of the
 * directories from the repository root down. A deeper file overrides a shallower one
 * (a `!pattern` there re-includes), as in git.
 */
export type IgnoreStack = readonly IgnoreLevel[];

/**
 * Reads the `.gitignore` file of a directory, if it has one that is a regular file of at
 * most 1 MiB: a symbolic link (git refuses those too), a FIFO, a device or a larger file
 * is not read, so its rules do not apply and more is scanned, never less. Patterns match
 * case-sensitively, as git's do by default (`core.ignoreCase` is off on Linux).
 *
 * @param dir The directory, as text (what its patterns are relative to).
 * @param open The directory as the file system takes it, when its name is not UTF-8.
 * @returns Its level, or `undefined`.
 */
export function readGitignore(dir: string, open: FsPath = dir): IgnoreLevel | undefined {
  const read = readBoundedFile(childPath(open, '.gitignore'), false);
  if (read.bytes === undefined) return undefined;
  const text = read.bytes.toString('utf8');
  const count = text
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#')).length;
  return { dir, rules: ignore({ ignorecase: false }).add(text), count };
}

/**
 * Adds the rules of a deeper directory to a stack, unless they would put more than
 * {@link MAX_PATTERNS_IN_FORCE} patterns in force.
 *
 * @param stack The rules in force above the directory.
 * @param level The directory's own rules, if it has any.
 * @returns The stack for the directory's entries.
 */
export function withLevel(stack: IgnoreStack, level: IgnoreLevel | undefined): IgnoreStack {
  if (level === undefined) return stack;
  const inForce = stack.reduce((sum, above) => sum + above.count, level.count);
  return inForce > MAX_PATTERNS_IN_FORCE ? stack : [...stack, level];
}

/**
 * The `.gitignore` rules in force for the entries of a directory given on the command
 * line: those of every directory from the enclosing git repository's root (the nearest
 * ancestor holding `.git`) down to the directory itself. Outside a repository, or when
 * those rules ignore the directory itself (it was named, so it is scanned), only the
 * directory's own `.gitignore` applies.
 *
 * @param dir An absolute directory path.
 * @returns The stack, outermost first.
 */
export function gitignoreStackFor(dir: string): IgnoreStack {
  const own = readGitignore(dir);
  const ownOnly = withLevel([], own);
  const ancestors: string[] = [];
  for (let at = dir; !existsSync(join(at, '.git')); ) {
    const parent = dirname(at);
    if (parent === at) return ownOnly; // outside a repository
    ancestors.unshift(parent);
    at = parent;
  }
  const above = ancestors.reduce<IgnoreStack>(
    (stack, at) => withLevel(stack, readGitignore(at)),
    [],
  );
  return isIgnored(above, dir, true) ? ownOnly : withLevel(above, own);
}

/**
 * Tells whether git would ignore a file or directory, under the rules of a stack.
 *
 * @param stack The rules, outermost first.
 * @param path The entry's absolute path (below every level's directory).
 * @param isDirectory Whether the entry is a directory (patterns ending in `/` match only those).
 * @returns `true` when the entry is ignored.
 */
export function isIgnored(stack: IgnoreStack, path: string, isDirectory: boolean): boolean {
  let ignored = false;
  for (const level of stack) {
    const name = relative(level.dir, path).split(sep).join('/');
    const verdict = level.rules.test(isDirectory ? `${name}/` : name);
    if (verdict.ignored) ignored = true;
    else if (verdict.unignored) ignored = false;
  }
  return ignored;
}
