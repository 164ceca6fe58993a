/** Sends one request to the API under test: in process (`app.request`) or over TCP (`fetch`). */
export type Send = (path: string, init?: RequestInit) => Promise<Response>;

/** Content type of every JSON POST in these tests unless a test sets another. */
export const JSON_HEADERS = { 'content-type': 'application/json' } as const;

/**
 * POSTs a JSON value.
 *
 * @param send The transport.
 * @param path The route.
 * @param body Any value; serialised with `JSON.stringify`.
 * @returns The answer.
 */
export function postJson(send: Send, path: string, body: unknown): Promise<Response> {
  return send(path, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(body) });
}

/** One issue of an error answer. */
export interface IssueBody {
  readonly path: string;
  readonly message: string;
  readonly rule?: string;
}

/** The one error shape. */
export interface ErrorAnswer {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly issues?: readonly IssueBody[];
  };
}

/**
 * Reads an answer's JSON body, and the text it came from (to check what it does not say).
 *
 * @param response The answer.
 * @returns The parsed body, typed as the caller expects, and the raw text.
 */
export async function readJson<T = ErrorAnswer>(
  response: Response,
): Promise<{ body: T; text: string }> {
  const text = await response.text();
  return { body: JSON.parse(text) as T, text };
}

/**
 * A GitHub-token-shaped string, built at run time so no secret-looking literal is committed.
 *
 * @returns The token-shaped string.
 */
export function fakeGithubToken(): string {
  return `${'ghp'}_${'x'.repeat(36)}`;
}
