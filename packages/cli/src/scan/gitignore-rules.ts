import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** The `.gitignore` rules of one directory. */
export interface IgnoreLevel {
  /** The directory holding the `.gitignore` file; its patterns are relative to it. */
  readonly dir: string;
  /** The patterns. */
  readonly rules: Ignore;
}

/**
 * The `.gitignore` files that apply inside a directory, outermost first: those of the
 * directories from the repository root down. A deeper file overrides a shallower one
 * (a `!pattern` there re-includes), as in git.
 */
export type IgnoreStack = readonly IgnoreLevel[];

/**
 * Reads the `.gitignore` file of a directory, if it has a readable one.
 *
 * @param dir The directory.
 * @returns Its level, or `undefined`.
 */
export function readGitignore(dir: string): IgnoreLevel | undefined {
  let text: string;
  try {
    text = readFileSync(join(dir, '.gitignore'), 'utf8');
  } catch {
    return undefined;
  }
  return { dir, rules: ignore().add(text) };
}

/**
 * The `.gitignore` rules in force for the entries of a directory given on the command
 * line: those of every directory from the enclosing git repository's root (the nearest
 * ancestor holding `.git`) down to the directory itself. Outside a repository, only the
 * directory's own `.gitignore` applies.
 *
 * @param dir An absolute directory path.
 * @returns The stack, outermost first.
 */
export function gitignoreStackFor(dir: string): IgnoreStack {
  const chain = [dir];
  let root: string | undefined;
  for (let at = dir; ; ) {
    if (existsSync(join(at, '.git'))) {
      root = at;
      break;
    }
    const parent = dirname(at);
    if (parent === at) break;
    chain.push(parent);
    at = parent;
  }
  const dirs = root === undefined ? [dir] : chain.reverse();
  return dirs.flatMap((at) => readGitignore(at) ?? []);
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
