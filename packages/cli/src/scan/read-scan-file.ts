import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { MAX_INPUT_BYTES } from '../document/read-input.js';
import type { SkipReason } from './scan-finding.js';

/**
 * How far into a file the binary check looks, as git does: a NUL byte in the first 8000
 * bytes makes a file binary.
 */
export const BINARY_PROBE_BYTES = 8000;

/** A file read for scanning, or the reason it was not. */
export type ScanFileContent =
  | { readonly text: string; readonly skipped?: undefined }
  | { readonly text?: undefined; readonly skipped: SkipReason };

const decoder = new TextDecoder('utf-8');

/**
 * Reads a file for scanning: at most {@link MAX_INPUT_BYTES} (1 MiB); a larger file is
 * passed over as `too-large` without being read, and a binary one (a NUL byte near the
 * start) as `binary`. Text is decoded as UTF-8, a byte-order mark dropped and invalid bytes
 * replaced, so a file in another encoding is still scanned.
 *
 * @param path The file's absolute path.
 * @returns The text, or why the file was passed over (`unreadable` on an I/O error).
 */
export function readScanFile(path: string): ScanFileContent {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return { skipped: 'unreadable' };
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
    const bytes = buffer.subarray(0, length);
    if (bytes.subarray(0, BINARY_PROBE_BYTES).includes(0)) return { skipped: 'binary' };
    return { text: decoder.decode(bytes) };
  } catch {
    return { skipped: 'unreadable' };
  } finally {
    closeSync(fd);
  }
}
