import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { CliError, inputError, usageError } from '../cli-error.js';
import { safePath } from '../redact.js';

/** The largest document the CLI reads: 1 MiB. Larger input is refused with exit code 2. */
export const MAX_INPUT_BYTES = 1024 * 1024;

/** Raw bytes read from a file or stdin, with a name for messages. */
export interface RawInput {
  /** `stdin` or the file name as given (quoted, safe to print). */
  readonly name: string;
  /** The bytes, at most {@link MAX_INPUT_BYTES}. */
  readonly bytes: Buffer;
}

/**
 * Reads a document from a file, or from stdin for `-` or no argument. Stops reading past
 * {@link MAX_INPUT_BYTES}.
 *
 * @param source A file path, `-`, or `undefined`.
 * @param command The command reading, for the `--help` hint.
 * @returns The bytes.
 * @throws {CliError} exit code 2 for a missing or unreadable file, a terminal on stdin, or oversize input.
 */
export async function readInput(source: string | undefined, command: string): Promise<RawInput> {
  if (source === undefined || source === '-') {
    if (process.stdin.isTTY) {
      throw usageError('no input: give a FILE, or pipe a document into stdin', command);
    }
    return { name: 'stdin', bytes: await readLimited(process.stdin, 'stdin') };
  }
  const name = `'${safePath(source)}'`;
  return { name, bytes: await readLimited(createReadStream(source), name) };
}

async function readLimited(stream: Readable, name: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      total += buffer.length;
      if (total > MAX_INPUT_BYTES) {
        stream.destroy();
        throw inputError(
          `${name} is larger than the ${MAX_INPUT_BYTES / 1024 / 1024} MiB limit of a document`,
          'too_large',
        );
      }
      chunks.push(buffer);
    }
  } catch (caught) {
    if (CliError.isInstance(caught)) throw caught;
    throw inputError(`cannot read ${name}: ${describeReadError(caught)}`, 'unreadable');
  }
  return Buffer.concat(chunks, total);
}

/**
 * Says why a file could not be read, from the error's system code, in a few words.
 *
 * @param caught The error reading threw.
 * @returns e.g. `no such file`, `it is a directory`, `permission denied`.
 */
export function describeReadError(caught: unknown): string {
  const code = (caught as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENAMETOOLONG':
      return 'the file name is too long';
    default:
      return typeof code === 'string' ? `system error ${code}` : 'read failed';
  }
}
