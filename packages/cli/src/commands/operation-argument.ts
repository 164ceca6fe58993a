import { usageError } from '../cli-error.js';
import { type CliOperation, findOperation, OPERATION_NAMES } from '../operations/registry.js';
import { quoteInput } from '../redact.js';

/**
 * Resolves the OPERATION argument of a command.
 *
 * @param name What the user typed.
 * @param command The command, for the `--help` hint.
 * @returns The operation.
 * @throws {CliError} exit code 2 for an unknown operation, listing the known ones.
 */
export function operationArgument(name: string, command: string): CliOperation {
  const operation = findOperation(name);
  if (!operation) {
    throw usageError(
      `unknown operation ${quoteInput(name)}; operations: ${OPERATION_NAMES.join(', ')}`,
      command,
    );
  }
  return operation;
}
