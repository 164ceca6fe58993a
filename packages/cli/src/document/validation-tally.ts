/** Counts of one operation's documents. */
import type { DocumentCheck } from '@cavra/contracts';
export interface OperationTally {
  valid: number;
  invalid: number;
}

/** The closing summary of `validate`, as `--json` prints it under `summary`. */
export interface ValidationSummary {
  /** Every document read, unreadable ones included. */
  readonly documents: number;
  readonly valid: number;
  /** Documents read but breaking the contract. */
  readonly invalid: number;
  /** Inputs that could not be read as JSON (missing file, malformed JSON, oversize). */
  readonly unreadable: number;
  /** Valid and invalid documents by the operation they name, when recognised. */
  readonly operations: Readonly<Record<string, Readonly<OperationTally>>>;
}

/** Counts the outcomes of a batch of documents as they are checked. */
export class ValidationTally {
  #valid = 0;
  #invalid = 0;
  #unreadable = 0;
  readonly #operations = new Map<string, OperationTally>();

  /**
   * Counts one checked document.
   *
   * @param check Its outcome.
   */
  addCheck(check: DocumentCheck): void {
    if (check.valid) this.#valid++;
    else this.#invalid++;
    const operation = check.contract?.spec.operation;
    if (operation === undefined) return;
    const tally = this.#operations.get(operation) ?? { valid: 0, invalid: 0 };
    if (check.valid) tally.valid++;
    else tally.invalid++;
    this.#operations.set(operation, tally);
  }

  /** Counts one input that could not be read. */
  addUnreadable(): void {
    this.#unreadable++;
  }

  /**
   * The exit code the batch ends with: 2 when an input could not be read or the batch held
   * no document at all (an empty NDJSON file passes nothing), else 1 when a document is
   * invalid, else 0.
   *
   * @returns 0, 1 or 2.
   */
  exitCode(): 0 | 1 | 2 {
    if (this.#unreadable > 0 || this.#valid + this.#invalid === 0) return 2;
    return this.#invalid > 0 ? 1 : 0;
  }

  /**
   * The summary so far.
   *
   * @param order The operations in the order to list them (the registry's).
   * @returns The counts.
   */
  summary(order: readonly string[]): ValidationSummary {
    const operations: Record<string, OperationTally> = {};
    for (const operation of order) {
      const tally = this.#operations.get(operation);
      if (tally) operations[operation] = { ...tally };
    }
    return {
      documents: this.#valid + this.#invalid + this.#unreadable,
      valid: this.#valid,
      invalid: this.#invalid,
      unreadable: this.#unreadable,
      operations,
    };
  }
}

/**
 * The one-line text form of a summary, e.g. `3 documents: 2 valid, 1 invalid, 0 unreadable
 * (customer_operating_dashboard 2 valid; support_handoff_readiness 1 invalid)`.
 *
 * @param summary The counts.
 * @returns The line.
 */
export function formatSummary(summary: ValidationSummary): string {
  const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
  const totals = `${plural(summary.documents, 'document')}: ${summary.valid} valid, ${summary.invalid} invalid, ${summary.unreadable} unreadable`;
  const operations = Object.entries(summary.operations).map(([operation, tally]) => {
    const parts = [];
    if (tally.valid > 0) parts.push(`${tally.valid} valid`);
    if (tally.invalid > 0) parts.push(`${tally.invalid} invalid`);
    return `${operation} ${parts.join(', ')}`;
  });
  return operations.length === 0 ? totals : `${totals} (${operations.join('; ')})`;
}
