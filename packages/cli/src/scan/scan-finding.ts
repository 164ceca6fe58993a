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

/** What a scan found, in path order. */
export interface ScanResult {
  /** How many files were read and scanned. */
  readonly scanned: number;
  /** The findings, by file and then by position. */
  readonly findings: readonly ScanFinding[];
  /** The files passed over. */
  readonly skipped: readonly SkippedFile[];
}

/** A finding inside one file, before the file's name is attached. */
export type FileFinding = Omit<ScanFinding, 'file'>;
