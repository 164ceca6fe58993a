import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { MAX_INPUT_BYTES } from '../document/read-input.js';
import type { FsPath } from './fs-path.js';
import type { SkipReason } from './scan-finding.js';

/** The bytes of a file read whole, or the reason it was not read. */
export type BoundedRead =
  | { readonly bytes: Buffer; readonly skipped?: undefined }
  | { readonly bytes?: undefined; readonly skipped: SkipReason };

/**
 * Opening never waits: a FIFO or a device opens at once and is then refused by `fstat`,
 * where a blocking open of a FIFO would wait for a writer forever. (Both flags are 0 where
 * the platform lacks them.)
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

/**
 * Reads a regular file of at most {@link MAX_INPUT_BYTES} (1 MiB) whole, and nothing else:
 * a FIFO, socket or device (`special`) is refused without waiting on it, and a larger file
 * (`too-large`, a sparse one included) without reading it. The file is read through one
 * descriptor, so what is checked is what is read; a file that grows past the limit while
 * it is read is refused too.
 *
 * @param path The file's absolute path (bytes for a name that is not UTF-8).
 * @param followLinks Whether a symbolic link is followed; when `false`, a link is refused
 *   as `symlink` (as git refuses a `.gitignore` that is a link).
 * @returns The bytes, or why the file was not read (`unreadable` on an I/O error).
 */
export function readBoundedFile(path: FsPath, followLinks: boolean): BoundedRead {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS | (followLinks ? 0 : NO_FOLLOW));
  } catch (caught) {
    const code = (caught as { code?: unknown } | null)?.code;
    return { skipped: code === 'ELOOP' && !followLinks ? 'symlink' : 'unreadable' };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { skipped: 'special' };
    if (stats.size > MAX_INPUT_BYTES) return { skipped: 'too-large' };
    // One byte past the limit, to notice a file that grew past it since `fstat`.
    const buffer = Buffer.allocUnsafe(MAX_INPUT_BYTES + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < buffer.length; length += read) {
      read = readSync(fd, buffer, length, buffer.length - length, null);
    }
    if (length > MAX_INPUT_BYTES) return { skipped: 'too-large' };
    return { bytes: buffer.subarray(0, length) };
  } catch {
    return { skipped: 'unreadable' };
  } finally {
    closeSync(fd);
  }
}
