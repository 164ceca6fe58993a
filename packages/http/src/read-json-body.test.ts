import { describe, expect, it } from 'vitest';
import { isJsonContentType, MAX_BODY_BYTES, readJsonBody } from './read-json-body.js';

const URL = 'http://test.local/v1/validate';

function post(body: BodyInit | null, headers: Record<string, string> = {}): Request {
  return new Request(URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
}

/** A stream of `count` chunks of `size` bytes each, counting how many were pulled. */
function chunkedStream(size: number, count: number) {
  const state = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled === count) {
        controller.close();
        return;
      }
      state.pulled++;
      controller.enqueue(new Uint8Array(size).fill(0x20));
    },
  });
  return { stream, state };
}

describe('a JSON content type is required', () => {
  it.each([
    'application/json',
    'application/json; charset=utf-8',
    'APPLICATION/JSON',
    'application/problem+json',
    'application/vnd.cavra.request+json;charset=UTF-8',
  ])('accepts %s', (type) => {
    expect(isJsonContentType(type)).toBe(true);
  });

  it.each([
    null,
    '',
    'text/plain',
    'text/json',
    'application/x-www-form-urlencoded',
    'multipart/form-data',
    'application/jsonp',
    'application/json-seq',
  ])('refuses %s', (type) => {
    expect(isJsonContentType(type)).toBe(false);
  });

  it('answers 415 before reading the body', async () => {
    const { stream, state } = chunkedStream(10, 5);
    const result = await readJsonBody(post(stream, { 'content-type': 'text/plain' }));
    expect(result).toMatchObject({ ok: false, status: 415 });
    expect(state.pulled).toBeLessThanOrEqual(1);
  });
});

describe('bodies over the limit are refused before they are read whole', () => {
  it('refuses a declared Content-Length over the limit without reading a byte', async () => {
    const { stream, state } = chunkedStream(1024, 2048);
    const request = post(stream, { 'content-length': String(MAX_BODY_BYTES + 1) });
    const result = await readJsonBody(request);
    expect(result).toEqual({
      ok: false,
      status: 413,
      message: `request body is larger than ${MAX_BODY_BYTES} bytes`,
    });
    expect(state.pulled).toBeLessThanOrEqual(1);
  });

  it('counts streamed bytes when no length is declared and stops at the first chunk over', async () => {
    const { stream, state } = chunkedStream(64 * 1024, 64);
    const result = await readJsonBody(post(stream));
    expect(result).toMatchObject({ ok: false, status: 413 });
    // 16 chunks of 64 KiB fill 1 MiB; the 17th passes the limit and reading stops there.
    expect(state.pulled).toBeLessThanOrEqual(18);
  });

  it('counts streamed bytes when the declared length understates the body', async () => {
    const { stream } = chunkedStream(1024, 100);
    const result = await readJsonBody(post(stream, { 'content-length': '10' }), 50 * 1024);
    expect(result).toMatchObject({ ok: false, status: 413 });
  });

  it('accepts a body of exactly the limit', async () => {
    const body = `"${'a'.repeat(98)}"`;
    expect(body.length).toBe(100);
    expect(await readJsonBody(post(body), 100)).toEqual({ ok: true, value: 'a'.repeat(98) });
    expect(await readJsonBody(post(`${body} `), 100)).toMatchObject({ status: 413 });
  });

  it('answers 400 for a Content-Length that is not a number', async () => {
    const request = new Request(URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': 'lots' },
    });
    expect(await readJsonBody(request)).toMatchObject({ ok: false, status: 400 });
  });
});

describe('the body must be JSON text', () => {
  it('parses a JSON document', async () => {
    expect(await readJsonBody(post('{"a":[1,true,null]}'))).toEqual({
      ok: true,
      value: { a: [1, true, null] },
    });
  });

  it('accepts a leading byte order mark', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"a":1}')]);
    expect(await readJsonBody(post(bytes))).toEqual({ ok: true, value: { a: 1 } });
  });

  it.each([
    [
      'malformed JSON',
      '{"tenant_id": ',
      'line 1, column 15: the text ends too early, expected a value',
    ],
    ['trailing garbage', '{} {}', 'line 1, column 4: expected the end of the text'],
    ['JavaScript, not JSON', "{tenant_id: 'acme'}", 'line 1, column 2: expected a key'],
  ])('answers 400 for %s with the line and column, without quoting it', async (_n, text, at) => {
    const result = await readJsonBody(post(text));
    expect(result).toEqual({
      ok: false,
      status: 400,
      message: `request body is not valid JSON at ${at}`,
    });
  });

  it('answers 422 with the path for a key that appears twice', async () => {
    const result = await readJsonBody(post('{"payload": {"a": 1, "a": 2}}'));
    expect(result).toMatchObject({
      ok: false,
      status: 422,
      message: 'request body is rejected',
      issues: [{ path: 'payload.a', rule: 'duplicate_key' }],
    });
  });

  it('answers 422 for nesting deeper than 32 levels, before parsing below it', async () => {
    const result = await readJsonBody(post('['.repeat(524_287)));
    expect(result).toMatchObject({ ok: false, status: 422, issues: [{ rule: 'too_deep' }] });
  });

  it('answers 400 for an empty body', async () => {
    expect(await readJsonBody(post(''))).toMatchObject({ ok: false, status: 400 });
    expect(await readJsonBody(post(null))).toMatchObject({ ok: false, status: 400 });
  });

  it('answers 400 for bytes that are not UTF-8', async () => {
    const result = await readJsonBody(post(new Uint8Array([0x22, 0xff, 0xfe, 0x22])));
    expect(result).toEqual({ ok: false, status: 400, message: 'request body is not valid UTF-8' });
  });

  it('answers 400 when the body stream fails mid-way', async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"a":'));
        controller.error(new Error('connection reset'));
      },
    });
    expect(await readJsonBody(post(stream))).toEqual({
      ok: false,
      status: 400,
      message: 'request body could not be read',
    });
  });
});
