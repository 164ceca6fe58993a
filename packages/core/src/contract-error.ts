/** One reason a value breaks a contract. */
export interface ContractIssue {
  /** JSON path of the offending field, e.g. `payload.summary.blockers[2]`; `''` is the document. */
  readonly path: string;
  /** What is wrong, naming the field. Never contains a detected secret. */
  readonly message: string;
  /** Id of the rule that fired, when one did (guard rules, contract rules). */
  readonly rule?: string;
}

const MARKER = Symbol.for('cavra.contracts.ContractError');

/**
 * The one error every builder and parser throws. It lists every issue with its JSON
 * path, and is recognised across duplicate copies of the package with
 * {@link ContractError.isInstance}.
 */
export class ContractError extends Error {
  /** Always `'ContractError'`. */
  override readonly name = 'ContractError';
  /** Every issue found, in document order. */
  readonly issues: readonly ContractIssue[];

  /**
   * @param summary One line saying what failed, e.g. `invalid support_handoff_readiness request`.
   * @param issues The issues; at least one.
   */
  constructor(summary: string, issues: readonly ContractIssue[]) {
    super(formatMessage(summary, issues));
    this.issues = Object.freeze(issues.map(copyIssue));
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

function copyIssue(issue: ContractIssue): ContractIssue {
  const { path, message, rule } = issue;
  return Object.freeze(rule === undefined ? { path, message } : { path, message, rule });
}

function formatMessage(summary: string, issues: readonly ContractIssue[]): string {
  const lines = issues.map(
    (issue) =>
      `  - ${issue.path === '' ? '(document)' : issue.path}: ${issue.message}${issue.rule ? ` [${issue.rule}]` : ''}`,
  );
  return [
    `${summary} (${issues.length} ${issues.length === 1 ? 'issue' : 'issues'})`,
    ...lines,
  ].join('\n');
}
