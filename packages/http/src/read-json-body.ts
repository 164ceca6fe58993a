import { parseJsonText } from '@cavra/contracts';
import { ContractError, type ContractIssue } from '@cavra/contracts-core';
import type { ErrorStatus } from './error-body.js';

/** The largest request body accepted: 1 MiB. Larger bodies get 413 before being read whole. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** What {@link readJsonBody} returns: the parsed value, or the error answer to give. */
export type JsonBodyResult =
  | { readonly ok: true; readonly value: unknown }
  | {
      readonly ok: false;
      readonly status: ErrorStatus;
      readonly message: string;
      /** The duplicate key or too-deep nesting, with its path (422 only). */
      readonly issues?: readonly ContractIssue[];
    };

const UTF8 = new TextDecoder('utf-8', { fatal: true });

const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json$/;

/**
 * Tells whether a `Content-Type` header names JSON: `application/json` or any
 * `application/*+json`, with or without parameters such as `charset`.
 *
 * @param header The header value, or `null`.
 * @returns `true` for a JSON media type.
 */
export function isJsonContentType(header: string | null): boolean {
  if (header === null) return false;
  if (header === 'application/json') return true;
  const mediaType = header.split(';', 1)[0]?.trim().toLowerCase() ?? '';
  return JSON_MEDIA_TYPE.test(mediaType);
}

/**
 * Reads a request body as JSON, within a byte limit. The content type is checked first
 * (415), then a declared `Content-Length` (413 without reading anything). A body of declared
 * length is then read at once; one of unknown length (chunked) is counted as it streams in
 * and reading stops at the first byte over the limit (413). Bytes that are not UTF-8 or text
 * that is not JSON give 400, with the line and column. The text is parsed by core's strict
 * `parseJsonText`: a key twice in one object, or nesting deeper than 32 levels, gives 422
 * with the path, before any tree below that depth is built. Messages never quote the body.
 *
 * @param request The Fetch API request.
 * @param limit The byte limit; default {@link MAX_BODY_BYTES}.
 * @returns The parsed value, or the status and message of the error answer.
 */
export async function readJsonBody(
  request: Request,
  limit: number = MAX_BODY_BYTES,
): Promise<JsonBodyResult> {
  if (!isJsonContentType(request.headers.get('content-type'))) {
    return failure(415, 'request body must be JSON: send Content-Type: application/json');
  }
  const declared = request.headers.get('content-length');
  if (declared !== null) {
    if (!/^\d+$/.test(declared.trim())) return failure(400, 'Content-Length header is invalid');
    if (Number(declared) > limit) return tooLarge(limit);
  }
  const bytes =
    declared === null ? await readLimited(request.body, limit) : await readDeclared(request, limit);
  if (bytes === 'too_large') return tooLarge(limit);
  if (bytes === 'unreadable') return failure(400, 'request body could not be read');
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return failure(400, 'request body is not valid UTF-8');
  }
  if (text.trim() === '') return failure(400, 'request body is empty: send a JSON document');
  try {
    return { ok: true, value: parseJsonText(text) };
  } catch (caught) {
    if (!ContractError.isInstance(caught)) throw caught;
    const issue = caught.issues[0];
    if (issue === undefined || issue.rule === 'malformed_json') {
      return failure(400, `request body is ${issue?.message ?? 'not valid JSON'}`);
    }
    return { ok: false, status: 422, message: 'request body is rejected', issues: caught.issues };
  }
}

/**
 * Reads a body whose length is declared and within the limit at once: HTTP framing ends the
 * body at its declared length, so this is the fast path on every server. Only a request built
 * in process can carry more than it declares; it is refused once read.
 */
async function readDeclared(
  request: Request,
  limit: number,
): Promise<Uint8Array | 'too_large' | 'unreadable'> {
  try {
    const bytes = new Uint8Array(await request.arrayBuffer());
    return bytes.byteLength > limit ? 'too_large' : bytes;
  } catch {
    return 'unreadable';
  }
}

/**
 * Reads a stream to its end; stops and cancels it once it passes `limit`. A stream that
 * fails (the client went away) is reported, not thrown.
 */
async function readLimited(
  body: ReadableStream<Uint8Array> | null,
  limit: number,
): Promise<Uint8Array | 'too_large' | 'unreadable'> {
  if (body === null) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        return 'too_large';
      }
      chunks.push(value);
    }
  } catch {
    return 'unreadable';
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function tooLarge(limit: number): JsonBodyResult {
  return failure(413, `request body is larger than ${limit} bytes`);
}

function failure(status: ErrorStatus, message: string): JsonBodyResult {
  return { ok: false, status, message };
}
