import { parseJsonText } from '@cavra/contracts';
import { ContractError } from '@cavra/contracts-core';
import { inputError } from '../cli-error.js';
import type { RawInput } from './read-input.js';

/**
 * Decodes input bytes as JSON text: UTF-8 (a byte-order mark is dropped), not binary,
 * not empty, and strict JSON read by `parseJsonText` (from `@cavra/contracts`): well-formed (else the line
 * and column), no key twice in one object and nesting at most 32 deep (else the path).
 * Nothing of the input is quoted. A duplicate key or too deep nesting keeps the rule
 * (`duplicate_key`, `too_deep`) and the path `parseJsonText` found it at.
 *
 * @param input The raw input.
 * @returns The parsed JSON value.
 * @throws {CliError} exit code 2 with a one-line reason.
 */
export function decodeJson(input: RawInput): unknown {
  const { name, bytes } = input;
  if (bytes.includes(0)) {
    throw inputError(`${name} is binary data (it holds NUL bytes), not a JSON document`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw inputError(`${name} is not UTF-8 text, so it is not a JSON document`);
  }
  if (text.trim() === '') throw inputError(`${name} is empty: expected a JSON document`);
  try {
    return parseJsonText(text);
  } catch (caught) {
    if (!ContractError.isInstance(caught)) throw caught;
    const issue = caught.issues[0];
    if (issue?.rule === 'malformed_json') throw inputError(`${name} is ${issue.message}`);
    throw inputError(
      `${name} is rejected: ${issue?.message ?? 'it cannot be read as JSON'}`,
      issue?.rule,
      issue?.path,
    );
  }
}
