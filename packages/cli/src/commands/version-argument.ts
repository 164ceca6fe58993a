import { usageError } from '../cli-error.js';
import { type CliOperation, type CliVersion, OPERATIONS } from '../operations/registry.js';
import { quoteInput } from '../redact.js';

/** Every schema version tag some operation publishes, oldest first: `v1`, `v2`. */
const VERSION_TAGS = [
  ...new Set(OPERATIONS.flatMap((operation) => operation.versions.map((version) => version.tag))),
].sort();

/** The `--version` option of the commands that serve one schema version of an operation. */
export const versionOption = {
  type: 'string',
  description: `Schema version: ${VERSION_TAGS.join(', ')} (default: the newest the operation publishes)`,
  valueHint: VERSION_TAGS.join('|'),
} as const;

/**
 * Resolves the `--version` option of a command for one operation.
 *
 * @param operation The operation.
 * @param tag What the user typed, or `undefined` for the newest version.
 * @param command The command, for the `--help` hint.
 * @returns The version.
 * @throws {CliError} exit code 2 for a version the operation does not publish, listing its versions.
 */
export function versionArgument(
  operation: CliOperation,
  tag: string | undefined,
  command: string,
): CliVersion {
  const version =
    tag === undefined
      ? operation.versions.at(-1)
      : operation.versions.find((candidate) => candidate.tag === tag);
  if (version === undefined) {
    const tags = operation.versions.map((candidate) => candidate.tag).join(', ');
    throw usageError(
      `unknown version ${quoteInput(String(tag))} of ${operation.contract.spec.operation}; versions: ${tags}`,
      command,
    );
  }
  return version;
}
