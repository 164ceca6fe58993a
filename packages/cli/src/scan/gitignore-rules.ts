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
 * Adds a directory's `.gitignore` rules to the stack in force above it. A `.gitignore` is
 * read only when it is a regular file of at most 1 MiB (a symbolic link, which git refuses
 * too, a FIFO, a device or a larger file is not), and applied only when it keeps the
 * patterns in force within {@link MAX_PATTERNS_IN_FORCE} (it is counted before it is
 * compiled); otherwise its rules do not apply, so more is scanned, never less. Patterns
 * match case-sensitively, as git's do by default (`core.ignoreCase` is off on Linux).
 *
 * @param stack The rules in force above the directory.
 * @param dir The directory, as text (what its patterns are relative to).
 * @param open The directory as the file system takes it, when its name is not UTF-8.
 * @returns The stack for the directory's entries.
 */
export function withGitignore(stack: IgnoreStack, dir: string, open: FsPath = dir): IgnoreStack {
  const read = readBoundedFile(childPath(open, '.gitignore'), false);
  if (read.bytes === undefined) return stack;
  const text = read.bytes.toString('utf8');
  const above = stack.reduce((sum, level) => sum + level.count, 0);
  const count = countPatterns(text, MAX_PATTERNS_IN_FORCE - above + 1);
  if (above + count > MAX_PATTERNS_IN_FORCE) return stack;
  return [...stack, { dir, rules: ignore({ ignorecase: false }).add(text), count }];
}

/** Counts the patterns of a `.gitignore` text (not blank lines or comments), up to `stop`. */
function countPatterns(text: string, stop: number): number {
  let count = 0;
  for (let at = 0; at < text.length && count < stop; ) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end === -1 ? text.length : end);
    if (line.trim() !== '' && !line.startsWith('#')) count++;
    at = end === -1 ? text.length : end + 1;
  }
  return count;
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
  const ancestors: string[] = [];
  for (let at = dir; !existsSync(join(at, '.git')); ) {
    const parent = dirname(at);
    if (parent === at) return withGitignore([], dir); // outside a repository
    ancestors.unshift(parent);
    at = parent;
  }
  const above = ancestors.reduce<IgnoreStack>((stack, at) => withGitignore(stack, at), []);
  return withGitignore(isIgnored(above, dir, true) ? [] : above, dir);
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
