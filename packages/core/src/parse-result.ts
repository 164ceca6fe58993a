import { ContractError, type ContractIssue } from './contract-error.js';

/** What a `safeParse*` function returns: the value, or the error and its issues. Never thrown. */
export type ContractResult<TOutput> =
  | { readonly success: true; readonly output: TOutput }
  | {
      readonly success: false;
      readonly error: ContractError;
      readonly issues: readonly ContractIssue[];
    };

/**
 * Runs a throwing parser and captures its outcome as a {@link ContractResult}. Any error
 * that is not a contract error (a throwing getter, a revoked proxy) becomes one.
 *
 * @param parse The parser.
 * @param input The untrusted input.
 * @param summary What failed, for an unexpected error.
 * @returns The result; never throws.
 */
export function captureContractResult<TOutput>(
  parse: (input: unknown) => TOutput,
  input: unknown,
  summary: string,
): ContractResult<TOutput> {
  try {
    return { success: true, output: parse(input) };
  } catch (caught) {
    const error = toContractError(caught, summary);
    return { success: false, error, issues: error.issues };
  }
}

/**
 * Passes a contract error through, and turns anything else into one that says the input
 * could not be read. The original error's text is dropped: it may quote the input.
 *
 * @param caught A caught value.
 * @param summary What failed.
 * @returns A contract error.
 */
export function toContractError(caught: unknown, summary: string): ContractError {
  if (ContractError.isInstance(caught)) return caught;
  return new ContractError(summary, [
    { path: '', message: 'document could not be read as JSON data', rule: 'unreadable' },
  ]);
}
