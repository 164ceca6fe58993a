import { escapeNonPrintable } from './escape-non-printable.js';
import { readJsonPath } from './json-path.js';

/** One reason a value breaks a contract. */
export interface ContractIssue {
  /** JSON path of the offending field, e.g. `payload.summary.blockers[2]`; `''` is the document. */
  readonly path: string;
  /** What is wrong, naming the field. Never contains a detected secret. */
  readonly message: string;
  /** Id of the rule that fired, when one did (guard rules, contract rules). */
  readonly rule?: string;
}

/** Options of a {@link ContractError}. */
export interface ContractErrorOptions {
  /** Issues found besides those given, which the caller did not keep; default 0. */
  readonly truncated?: number;
  /**
   * `true` when checking stopped before the end of the input (see
   * `MAX_COLLECTED_ISSUES`), so there may be more issues than are counted.
   */
  readonly incomplete?: boolean;
}

/**
 * The most issues a {@link ContractError} keeps, when they fit {@link MAX_ISSUE_BYTES}; the
 * rest are counted in `truncated`.
 */
export const MAX_ISSUES = 100;

/**
 * How many issues a validation collects at most before it stops looking: enough to count
 * past `MAX_ISSUES`, few enough that a hostile document cannot make it build
 * millions of them.
 */
export const MAX_COLLECTED_ISSUES = 1000;

/** Longest kept path and message, in UTF-16 code units; longer ones are cut with `…`. */
const MAX_PATH_LENGTH = 200;
const MAX_MESSAGE_LENGTH = 300;
const MAX_RULE_LENGTH = 64;

/**
 * Most bytes the kept issues may take, as UTF-8 JSON and as message lines alike: an answer to
 * bad input (the summary, the kept issues and an envelope) stays within a few KiB, however
 * many issues the input holds. Twenty issues of average length fit.
 */
export const MAX_ISSUE_BYTES = 4 * 1024;

const MARKER = Symbol.for('cavra.contracts.ContractError');

/**
 * The one error every builder and parser throws. It lists the issues with their JSON
 * path, at most `MAX_ISSUES` of them and within a byte budget; `truncated` counts the
 * ones left out. It is recognised across duplicate copies of the package with
 * {@link ContractError.isInstance}.
 */
export class ContractError extends Error {
  /** Always `'ContractError'`. */
  override readonly name = 'ContractError';
  /** The issues found, in document order: at most `MAX_ISSUES`, each bounded in length. */
  readonly issues: readonly ContractIssue[];
  /** How many issues were found but not kept in `issues` (a lower bound when `incomplete`). */
  readonly truncated: number;
  /** `true` when checking stopped early, so the input may hold more issues than counted. */
  readonly incomplete: boolean;

  /**
   * @param summary One line saying what failed, e.g. `invalid support_handoff_readiness request`.
   * @param issues The issues; at least one. Only the first `MAX_ISSUES` that fit the
   *   byte budget are kept, each path and message cut to a bounded length.
   * @param options Issues counted but not given, and whether checking stopped early.
   */
  constructor(
    summary: string,
    issues: readonly ContractIssue[],
    options: ContractErrorOptions = {},
  ) {
    const kept = keepIssues(issues);
    const truncated = issues.length - kept.issues.length + Math.max(0, options.truncated ?? 0);
    super(formatMessage(summary, kept, truncated, options.incomplete === true));
    this.issues = Object.freeze(kept.issues);
    this.truncated = truncated;
    this.incomplete = options.incomplete === true;
    Object.defineProperty(this, MARKER, { value: true });
  }

  /**
   * Tells whether a value is a `ContractError`, also one thrown by another copy of this package.
   *
   * @param error Any caught value.
   * @returns `true` for a contract error.
   */
  static isInstance(error: unknown): error is ContractError {
    if (typeof error !== 'object' || error === null) return false;
    try {
      return MARKER in error && error[MARKER] === true;
    } catch {
      // A hostile proxy whose traps throw is not a contract error.
      return false;
    }
  }
}

interface KeptIssues {
  readonly issues: ContractIssue[];
  readonly lines: string[];
}

/** The first issues that fit `MAX_ISSUES` and the byte budget, copied and cut to length. */
function keepIssues(given: readonly ContractIssue[]): KeptIssues {
  const issues: ContractIssue[] = [];
  const lines: string[] = [];
  let jsonBytes = 0;
  let lineBytes = 0;
  for (let index = 0; index < given.length && issues.length < MAX_ISSUES; index++) {
    const issue = copyIssue(given[index] as ContractIssue);
    const line = formatLine(issue);
    // Each with its separator: a comma in a JSON list, a newline in the message.
    jsonBytes += utf8Length(JSON.stringify(issue)) + 1;
    lineBytes += utf8Length(line) + 1;
    // The first issue is always kept: its parts are bounded on their own.
    if (issues.length > 0 && (jsonBytes > MAX_ISSUE_BYTES || lineBytes > MAX_ISSUE_BYTES)) break;
    issues.push(issue);
    lines.push(line);
  }
  return { issues, lines };
}

function copyIssue(issue: ContractIssue): ContractIssue {
  const path = cutPath(String(issue.path), MAX_PATH_LENGTH);
  const message = cut(String(issue.message), MAX_MESSAGE_LENGTH);
  const rule = issue.rule === undefined ? undefined : cut(String(issue.rule), MAX_RULE_LENGTH);
  return Object.freeze(rule === undefined ? { path, message } : { path, message, rule });
}

/** Cuts text to `length` code units with a trailing `…`, never splitting a surrogate pair. */
function cut(text: string, length: number): string {
  if (text.length <= length) return text;
  let end = length - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * Cuts a JSON path that is too long back to the longest ancestor path that fits, so it
 * stays a JSON path (the document, `''`, when even the first segment is too long).
 */
function cutPath(path: string, length: number): string {
  if (path.length <= length) return path;
  const fitting = readJsonPath(path).filter(({ end }) => end <= length);
  return path.slice(0, fitting.at(-1)?.end ?? 0);
}

/** Bytes of a text in UTF-8, at most (a surrogate pair counts 6 rather than 4). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
  }
  return bytes;
}

function formatLine(issue: ContractIssue): string {
  const path = issue.path === '' ? '(document)' : escapeNonPrintable(issue.path);
  const rule = issue.rule ? ` [${escapeNonPrintable(issue.rule)}]` : '';
  return `  - ${path}: ${escapeNonPrintable(issue.message)}${rule}`;
}

function formatMessage(
  summary: string,
  kept: KeptIssues,
  truncated: number,
  incomplete: boolean,
): string {
  const total = kept.issues.length + truncated;
  const count = incomplete
    ? `at least ${total} issues`
    : `${total} ${total === 1 ? 'issue' : 'issues'}`;
  const lines = [
    `${escapeNonPrintable(cut(summary, MAX_MESSAGE_LENGTH))} (${count})`,
    ...kept.lines,
  ];
  if (incomplete) {
    lines.push(`  … at least ${truncated} more issues not listed (checking stopped early)`);
  } else if (truncated > 0) {
    lines.push(`  … ${truncated} more ${truncated === 1 ? 'issue' : 'issues'} not listed`);
  }
  return lines.join('\n');
}
