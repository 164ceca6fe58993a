import { extname } from 'node:path';
import { displayPath } from './display-path.js';
import { pathText } from './fs-path.js';
import { listFiles } from './list-files.js';
import { readScanFile } from './read-scan-file.js';
import { type DocumentKind, scanDocument } from './scan-document.js';
import {
  MAX_LISTED,
  type ScanFinding,
  type ScanResult,
  type SkippedFile,
  type SkipReason,
} from './scan-finding.js';
import { scanText } from './scan-text.js';

/** The most findings reported for one file; the scan of a file stops there. */
export const MAX_FINDINGS_PER_FILE = 100;

/** File extensions read as documents (lower case); every other file is scanned as text. */
const DOCUMENT_KINDS: Readonly<Record<string, DocumentKind>> = {
  '.json': 'json',
  '.yaml': 'yaml',
  '.yml': 'yaml',
};

/**
 * Scans files and folders with the guard, as `cavra-contracts scan` does: JSON and YAML
 * files as documents (a file that does not parse is scanned as text), every other file as
 * text; `.gitignore` honoured, binary and oversize files passed over. At most
 * {@link MAX_LISTED} findings and as many skipped files are listed; the rest are counted.
 *
 * @param paths Files and folders, as given on the command line.
 * @param cwd The working directory; file names are shown relative to it.
 * @returns The findings, the number of files scanned and the files passed over.
 * @throws {CliError} exit code 2 when a given path does not exist.
 */
export function scanPaths(paths: readonly string[], cwd: string): ScanResult {
  const listing = listFiles(paths, cwd);
  const findings: ScanFinding[] = [];
  const skipped: SkippedFile[] = [];
  const omitted = { findings: 0, skipped: 0 };
  let unreadable = 0;
  const skip = (path: string, reason: SkipReason) => {
    if (reason === 'unreadable') unreadable++;
    if (skipped.length < MAX_LISTED) skipped.push({ file: displayPath(path, cwd), reason });
    else omitted.skipped++;
  };
  for (const entry of listing.skipped) skip(entry.path, entry.reason);
  let scanned = 0;
  let flagged = 0;
  for (const open of listing.files) {
    const path = pathText(open);
    const content = readScanFile(open);
    if (content.skipped !== undefined) {
      skip(path, content.skipped);
      continue;
    }
    scanned++;
    const kind = DOCUMENT_KINDS[extname(path).toLowerCase()];
    const found =
      (kind === undefined ? undefined : scanDocument(content.text, kind, MAX_FINDINGS_PER_FILE)) ??
      scanText(content.text, MAX_FINDINGS_PER_FILE);
    if (found.length === 0) continue;
    flagged++;
    const listed = found.slice(0, MAX_LISTED - findings.length);
    omitted.findings += found.length - listed.length;
    const file = displayPath(path, cwd);
    for (const finding of listed) findings.push({ file, ...finding });
  }
  return { scanned, flagged, findings, skipped, unreadable, omitted };
}
