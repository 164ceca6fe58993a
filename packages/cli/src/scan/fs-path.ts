import { join, sep } from 'node:path';

/**
 * A path as the file system takes it: text, or bytes once a name on the way is not valid
 * UTF-8 (a text path would name another file, its bytes replaced by U+FFFD).
 */
export type FsPath = string | Buffer;

/**
 * The path of an entry of a directory, from the name `readdir` gave as bytes: text while
 * every name on the way is UTF-8, bytes from the first that is not.
 *
 * @param dir The directory's path.
 * @param name The entry's name, as bytes (or text, for a name of ours such as `.gitignore`).
 * @returns The entry's path.
 */
export function childPath(dir: FsPath, name: Buffer | string): FsPath {
  if (typeof name === 'string') name = Buffer.from(name);
  const text = name.toString('utf8');
  if (typeof dir === 'string' && Buffer.from(text).equals(name)) return join(dir, text);
  const base = typeof dir === 'string' ? Buffer.from(dir) : dir;
  return Buffer.concat([base, Buffer.from(sep), name]);
}

/**
 * A path as text, for matching and display: bytes that are not UTF-8 become U+FFFD.
 *
 * @param path The path.
 * @returns The text.
 */
export function pathText(path: FsPath): string {
  return typeof path === 'string' ? path : path.toString('utf8');
}
