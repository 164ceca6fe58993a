import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { ContractIssue } from '@cavra/contracts-core';
import { CliError, usageError } from '../cli-error.js';
import { quoteInput } from '../redact.js';
import { decodeJson } from './decode-json.js';
import { MAX_INPUT_BYTES, readInput } from './read-input.js';

/** One document read from a file, a folder or stdin: its value, or why it could not be read. */
export interface SourcedDocument {
  /** Where it came from: the file name as given (quoted, safe to print) or `stdin`. */
  readonly source: string;
  /** Its line in an NDJSON input (1-based). */
  readonly line?: number;
  /** The parsed JSON value, when it could be read. */
  readonly value?: unknown;
  /** Why it could not be read (not JSON, too large, missing file), when it could not. */
  readonly error?: ContractIssue;
}

/** Options of {@link readDocuments}. */
export interface ReadDocumentsOptions {
  /** Read every input as NDJSON (one document per line), whatever its name. */
  readonly ndjson?: boolean;
}

/** File names read as NDJSON without `--ndjson`. */
const NDJSON_NAME = /\.(ndjson|jsonl)$/i;
/** File names a folder contributes. */
const DOCUMENT_NAME = /\.(json|ndjson|jsonl)$/i;

/**
 * Reads documents from files, folders (their `.json`, `.ndjson` and `.jsonl` files, sorted by
 * name, subfolders included) or stdin (`-`, or no input at all). NDJSON inputs are streamed a
 * line at a time. A document that cannot be read becomes an entry with an `error`, so one bad
 * line never stops a batch.
 *
 * @param inputs File names, folder names or `-`; empty reads stdin.
 * @param options `ndjson` reads every input as NDJSON.
 * @returns The documents, in input order.
 */
export async function* readDocuments(
  inputs: readonly string[],
  options: ReadDocumentsOptions = {},
): AsyncIterable<SourcedDocument> {
  const given = inputs.length === 0 ? ['-'] : inputs;
  for (const input of given) {
    for (const file of await expand(input)) {
      if (file.kind === 'error') {
        yield file.document;
      } else if (options.ndjson === true || NDJSON_NAME.test(file.path)) {
        yield* readLines(file.path);
      } else {
        yield await readOne(file.path);
      }
    }
  }
}

type Expanded =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'error'; readonly document: SourcedDocument };

async function expand(input: string): Promise<Expanded[]> {
  if (input === '-') return [{ kind: 'file', path: '-' }];
  let isFolder: boolean;
  try {
    isFolder = (await stat(input)).isDirectory();
  } catch {
    return [
      {
        kind: 'error',
        document: { source: quoteInput(input), error: readIssue('no such file or folder') },
      },
    ];
  }
  if (!isFolder) return [{ kind: 'file', path: input }];
  const entries = await readdir(input, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && DOCUMENT_NAME.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .map((path) => ({ kind: 'file', path }));
}

async function readOne(path: string): Promise<SourcedDocument> {
  const source = path === '-' ? 'stdin' : quoteInput(path);
  try {
    return { source, value: decodeJson(await readInput(path, 'report')) };
  } catch (caught) {
    if (!CliError.isInstance(caught)) throw caught;
    return { source, error: readIssue(caught.message) };
  }
}

async function* readLines(path: string): AsyncIterable<SourcedDocument> {
  if (path === '-' && process.stdin.isTTY) {
    throw usageError('no input: give a FILE, or pipe documents into stdin', 'report');
  }
  const source = path === '-' ? 'stdin' : quoteInput(path);
  const stream: Readable = path === '-' ? process.stdin : createReadStream(path);
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  try {
    for await (const text of lines) {
      line++;
      if (text.trim() === '') continue;
      if (text.length > MAX_INPUT_BYTES) {
        yield { source, line, error: readIssue('the line is larger than the 1 MiB limit') };
        continue;
      }
      try {
        yield { source, line, value: JSON.parse(text) };
      } catch {
        // The parser's message quotes the input, which may hold a secret.
        yield { source, line, error: readIssue('the line is not valid JSON') };
      }
    }
  } catch {
    yield { source, line, error: readIssue('the input cannot be read') };
  }
}

function readIssue(message: string): ContractIssue {
  return { path: '', message, rule: 'read' };
}
