import { escapeNonPrintable } from '@cavra/contracts-core';
import { MAX_INPUT_BYTES } from '../document/read-input.js';
import {
  MAX_LISTED,
  type ScanFinding,
  type ScanLocation,
  type ScanResult,
  type SkipReason,
} from './scan-finding.js';

/**
 * Says what a finding is, in one line: the kind of material, the rule, the JSON path where
 * there is one (its unprintable characters as `\uXXXX` escapes), and the masked preview,
 * e.g. `sensitive value (value.github-token) at payload.token: ghp_… (40 chars)`.
 *
 * @param finding The finding.
 * @returns The sentence, safe to print.
 */
export function describeFinding(finding: ScanFinding): string {
  const where =
    finding.path === undefined
      ? ''
      : ` at ${finding.path === '' ? 'the root' : escapeNonPrintable(finding.path)}`;
  const document = finding.document === undefined ? '' : ` of document ${finding.document}`;
  const kind = finding.target === 'key' ? 'sensitive field' : 'sensitive value';
  return `${kind} (${finding.rule})${where}${document}: ${finding.preview}`;
}

/**
 * Writes a file position as editors and compilers do: `file:line:column`, or just the
 * file when the line is unknown; unprintable characters of the name (controls, bidi
 * controls, zero-width) as `\uXXXX` escapes, so a name cannot restyle or reorder the line.
 *
 * @param file The file's reported name.
 * @param location The position, if any.
 * @returns The position, safe to print.
 */
export function formatPosition(file: string, location: ScanLocation = {}): string {
  const name = escapeNonPrintable(file);
  if (location.line === undefined) return name;
  return `${name}:${location.line}:${location.column ?? 1}`;
}

/** Why a file was passed over, in words. */
export const SKIP_REASONS: Readonly<Record<SkipReason, string>> = {
  binary: 'binary file',
  'too-large': `larger than the ${MAX_INPUT_BYTES / 1024 / 1024} MiB a file is read up to`,
  symlink: 'symbolic link, not followed',
  special: 'not a regular file',
  unreadable: 'cannot be read',
};

/**
 * Says how many findings and skipped files a scan counted but did not list, e.g.
 * `50 more findings and 0 more skipped files are not listed (at most 1000 of each are)`.
 *
 * @param result The scan.
 * @returns The sentence, or `undefined` when everything is listed.
 */
export function describeOmitted(result: ScanResult): string | undefined {
  const { findings, skipped } = result.omitted;
  if (findings + skipped === 0) return undefined;
  return `${plural(findings, 'more finding')} and ${plural(skipped, 'more skipped file')} are not listed (at most ${MAX_LISTED} of each are)`;
}

/**
 * Counts a noun in English: `1 file`, `2 files`.
 *
 * @param count How many.
 * @param noun The noun, singular.
 * @returns The count and the noun.
 */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
