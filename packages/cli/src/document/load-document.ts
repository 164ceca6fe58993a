import { checkDocument, type DocumentCheck } from './check-document.js';
import { decodeJson } from './decode-json.js';
import { readInput } from './read-input.js';

/**
 * Reads, decodes and checks a document from a file or stdin.
 *
 * @param source A file path, `-` or `undefined` (stdin).
 * @param command The command reading, for the `--help` hint.
 * @returns The outcome of the check (valid or not).
 * @throws {CliError} exit code 2 when the input cannot be read as JSON.
 */
export async function loadDocument(
  source: string | undefined,
  command: string,
): Promise<DocumentCheck> {
  return checkDocument(decodeJson(await readInput(source, command)));
}
