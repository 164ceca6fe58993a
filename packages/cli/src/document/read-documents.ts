import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { ContractError, type ContractIssue } from '@cavra/contracts-core';
import { CliError, usageError } from '../cli-error.js';
import { safePath } from '../redact.js';
import { decodeJson } from './decode-json.js';
import { describeReadError, MAX_INPUT_BYTES, readInput } from './read-input.js';

/** One document read from a file, a line of an NDJSON file, or stdin. */
export interface SourcedDocument {
  /** Where it came from: the file name as given (or found in a folder), or `stdin`; safe to print. */
  readonly source: string;
  /** Its line, 1-based, when read from NDJSON. */
  readonly line?: number;
  /** The parsed JSON value, when it could be read. */
  readonly value?: unknown;
  /**
   * Why it could not be read (rule `unreadable`, `too_large`, `malformed_json`,
   * `duplicate_key` or `too_deep`), instead of a value.
   */
  readonly error?: ContractIssue;
}

/** Options of {@link readDocuments}. */
export interface ReadDocumentsOptions {
  /** Read every input (stdin included) as NDJSON, whatever its name; default by extension. */
  readonly ndjson?: boolean;
}

/** File names read as NDJSON: one document per line. */
const NDJSON_EXTENSIONS = ['.ndjson', '.jsonl'] as const;
/** File names a folder is searched for. */
const DOCUMENT_EXTENSIONS = ['.json', ...NDJSON_EXTENSIONS] as const;
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * Reads documents one at a time, in order, from files, folders and stdin: a `.json` file
 * (or stdin) is one document of at most 1 MiB; a `.ndjson` or `.jsonl` file (or any input,
 * with `ndjson`) holds one document per line, blank lines skipped, each line at most 1 MiB;
 * a folder is searched, depth first in name order, for such files (names starting with `.`
 * skipped). NDJSON is streamed, so memory stays flat however many documents a file holds.
 * Input that cannot be read (a missing file, malformed JSON, an oversize line) is yielded as
 * a document with an `error`, and reading goes on with the next one.
 *
 * @param inputs File or folder paths, or `-` for stdin; none reads stdin.
 * @param options `ndjson` to read every input as NDJSON.
 * @returns The documents, as they are read.
 * @throws {CliError} exit code 2 when stdin is wanted but is a terminal (when iterated).
 */
export async function* readDocuments(
  inputs: readonly string[],
  options: ReadDocumentsOptions = {},
): AsyncIterable<SourcedDocument> {
  const ndjson = options.ndjson === true;
  const all = inputs.length === 0 ? ['-'] : inputs;
  if (all.includes('-') && process.stdin.isTTY) {
    throw usageError('no input: give a FILE, or pipe a document into stdin', 'validate');
  }
  for (const input of all) {
    if (input !== '-') yield* readPath(input, ndjson, true);
    else if (ndjson) yield* readLines(process.stdin, 'stdin');
    else yield await readWhole('-', 'stdin');
  }
}

async function* readPath(
  path: string,
  ndjson: boolean,
  given: boolean,
): AsyncGenerator<SourcedDocument> {
  const source = safePath(path);
  let isDirectory = false;
  try {
    isDirectory = (await stat(path)).isDirectory();
  } catch (caught) {
    yield failure(source, `cannot read ${`'${safePath(path)}'`}: ${describeReadError(caught)}`);
    return;
  }
  if (isDirectory) {
    if (given) yield* readFolder(path, ndjson);
    return;
  }
  if (ndjson || NDJSON_EXTENSIONS.some((extension) => path.endsWith(extension))) {
    yield* readLines(createReadStream(path), source, path);
  } else {
    yield await readWhole(path, source);
  }
}

async function* readFolder(folder: string, ndjson: boolean): AsyncGenerator<SourcedDocument> {
  let found = false;
  for await (const file of documentFiles(folder)) {
    found = true;
    yield* readPath(file, ndjson, false);
  }
  if (!found) {
    yield failure(
      safePath(folder),
      `${`'${safePath(folder)}'`} holds no ${DOCUMENT_EXTENSIONS.join(', ')} file`,
    );
  }
}

/** The document files under a folder, depth first in name order; symbolic links are not followed. */
async function* documentFiles(folder: string): AsyncGenerator<string> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* documentFiles(path);
    else if (entry.isFile() && DOCUMENT_EXTENSIONS.some((ext) => entry.name.endsWith(ext))) {
      yield path;
    }
  }
}

/** One whole JSON document from a file or stdin. */
async function readWhole(path: string, source: string): Promise<SourcedDocument> {
  try {
    return { source, value: decodeJson(await readInput(path, 'validate')) };
  } catch (caught) {
    return { source, error: issueOf(caught) };
  }
}

/** One document per line of a stream, each line decoded on its own. */
async function* readLines(
  stream: Readable,
  source: string,
  path?: string,
): AsyncGenerator<SourcedDocument> {
  const name = path === undefined ? source : `'${safePath(path)}'`;
  let pieces: Buffer[] = [];
  let size = 0;
  let oversize = false;
  let line = 0;
  const finish = (): SourcedDocument | undefined => {
    line++;
    const document = oversize
      ? failure(
          source,
          `${name} line ${line} is larger than the ${MAX_INPUT_BYTES / 1024 / 1024} MiB limit of a document`,
          'too_large',
        )
      : decodeLine(pieces, size, source, `${name} line ${line}`);
    pieces = [];
    size = 0;
    oversize = false;
    return document === undefined ? undefined : { ...document, line };
  };
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      let start = 0;
      for (;;) {
        const end = buffer.indexOf(NEWLINE, start);
        const piece = buffer.subarray(start, end === -1 ? buffer.length : end);
        if (!oversize) {
          size += piece.length;
          if (size > MAX_INPUT_BYTES) {
            oversize = true;
            pieces = [];
          } else if (piece.length > 0) pieces.push(piece);
        }
        if (end === -1) break;
        const document = finish();
        if (document) yield document;
        start = end + 1;
      }
    }
  } catch (caught) {
    yield failure(source, `cannot read ${name}: ${describeReadError(caught)}`);
    return;
  }
  if (size > 0 || oversize) {
    const document = finish();
    if (document) yield document;
  }
}

/** Decodes one NDJSON line; `undefined` for a blank line. */
function decodeLine(
  pieces: readonly Buffer[],
  size: number,
  source: string,
  name: string,
): SourcedDocument | undefined {
  let bytes = pieces.length === 1 ? (pieces[0] as Buffer) : Buffer.concat(pieces, size);
  if (bytes.at(-1) === CARRIAGE_RETURN) bytes = bytes.subarray(0, -1);
  if (isBlank(bytes)) return undefined;
  try {
    return { source, value: decodeJson({ name, bytes }) };
  } catch (caught) {
    return { source, error: issueOf(caught) };
  }
}

function isBlank(bytes: Buffer): boolean {
  for (const byte of bytes) {
    if (byte !== 0x20 && byte !== 0x09 && byte !== CARRIAGE_RETURN) return false;
  }
  return true;
}

/** The issue of input that could not be read or decoded. */
function issueOf(caught: unknown): ContractIssue {
  if (CliError.isInstance(caught)) {
    return { path: caught.path, message: caught.message, rule: caught.rule ?? 'unreadable' };
  }
  if (ContractError.isInstance(caught) && caught.issues[0]) return caught.issues[0];
  throw caught;
}

function failure(source: string, message: string, rule = 'unreadable'): SourcedDocument {
  return { source, error: { path: '', message, rule } };
}
