/** Where a finding sits in a file: a line and column, a JSON path, or both. */
export interface ScanLocation {
  /** 1-based line, when known. */
  readonly line?: number;
  /** 1-based column in UTF-16 code units, when known. */
  readonly column?: number;
  /** JSON path inside a JSON or YAML document (`''` is the root). */
  readonly path?: string;
  /** 1-based index of the YAML document in a multi-document file; absent for a single one. */
  readonly document?: number;
}

/** One piece of sensitive material found by `cavra-contracts scan`. Never the material itself. */
export interface ScanFinding extends ScanLocation {
  /** The file, relative to the working directory, with `/` separators (safe to print). */
  readonly file: string;
  /** Id of the guard rule that fired (`value.github-token`, `key.password`, ...). */
  readonly rule: string;
  /** Whether a key or a value carried the material; text findings are values. */
  readonly target: 'key' | 'value';
  /** A masked preview: at most the first 4 characters and the length (see `maskPreview`). */
  readonly preview: string;
}

/** Why a file was not scanned. */
export type SkipReason = 'binary' | 'too-large' | 'symlink' | 'special' | 'unreadable';

/** A file the scan passed over, and why. */
export interface SkippedFile {
  /** The file, as in {@link ScanFinding.file}. */
  readonly file: string;
  /** Why it was passed over. `unreadable` makes the scan end with exit code 2. */
  readonly reason: SkipReason;
}

/**
 * The most findings, and the most skipped files, a scan lists; beyond that it only counts
 * them, so its output stays within a few hundred kilobytes whatever the tree holds.
 */
export const MAX_LISTED = 1000;

/** What a scan found, in path order. */
export interface ScanResult {
  /** How many files were read and scanned. */
  readonly scanned: number;
  /** How many of them hold findings. */
  readonly flagged: number;
  /** The findings, by file and then by position; the first {@link MAX_LISTED}. */
  readonly findings: readonly ScanFinding[];
  /** The files passed over; the first {@link MAX_LISTED}. */
  readonly skipped: readonly SkippedFile[];
  /** How many files and folders could not be read (listed or not); any makes the exit code 2. */
  readonly unreadable: number;
  /** How many findings and skipped files there were beyond those listed. */
  readonly omitted: { readonly findings: number; readonly skipped: number };
}

/** A finding inside one file, before the file's name is attached. */
export type FileFinding = Omit<ScanFinding, 'file'>;
