import type { FsPath } from './fs-path.js';
import { readBoundedFile } from './read-bounded-file.js';
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

/** The UTF-16 byte-order marks and their decoders; `TextDecoder` drops the mark itself. */
const UTF16_MARKS = [
  { mark: [0xff, 0xfe], decoder: new TextDecoder('utf-16le') },
  { mark: [0xfe, 0xff], decoder: new TextDecoder('utf-16be') },
] as const;

const utf8 = new TextDecoder('utf-8');

/**
 * Reads a file for scanning: a regular file of at most 1 MiB (`MAX_INPUT_BYTES`); a
 * larger one is passed over as `too-large` without being read, a FIFO, socket or device as
 * `special` without waiting on it. A file starting with a UTF-16 byte-order mark is decoded
 * as UTF-16; any other as UTF-8, a byte-order mark dropped and invalid bytes replaced, so
 * a file in a single-byte encoding is still scanned. A NUL in the first 8000 bytes makes
 * a file binary (`binary`): UTF-16 without a byte-order mark is binary, as for git.
 *
 * @param path The file's absolute path (bytes for a name that is not UTF-8).
 * @returns The text, or why the file was passed over (`unreadable` on an I/O error).
 */
export function readScanFile(path: FsPath): ScanFileContent {
  const read = readBoundedFile(path, true);
  if (read.bytes === undefined) return read;
  const bytes = read.bytes;
  const utf16 = UTF16_MARKS.find(({ mark }) => bytes[0] === mark[0] && bytes[1] === mark[1]);
  if (utf16 === undefined) {
    if (bytes.subarray(0, BINARY_PROBE_BYTES).includes(0)) return { skipped: 'binary' };
    return { text: utf8.decode(bytes) };
  }
  const text = utf16.decoder.decode(bytes);
  return text.slice(0, BINARY_PROBE_BYTES / 2).includes('\0') ? { skipped: 'binary' } : { text };
}
