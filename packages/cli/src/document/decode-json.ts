import { inputError } from '../cli-error.js';
import type { RawInput } from './read-input.js';

/**
 * Decodes input bytes as JSON text: UTF-8 (a byte-order mark is dropped), not binary,
 * not empty, and well-formed JSON. The parser's own message is never shown, because it
 * quotes the input, which may hold a secret; only the position is reported.
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
    return JSON.parse(text);
  } catch (caught) {
    throw inputError(`${name} is not valid JSON${locate(text, caught)}`);
  }
}

function locate(text: string, caught: unknown): string {
  const message = caught instanceof Error ? caught.message : '';
  if (/unexpected end/i.test(message)) return ' (it ends too early)';
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position === undefined) return '';
  const offset = Number(position);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return ` (line ${line}, column ${column})`;
}
