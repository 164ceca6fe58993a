import type { ContractIssue } from '@cavra/contracts-core';
import type { CheckedDocument } from '../view/fleet-entry.js';

type Json = Readonly<Record<string, unknown>>;

/** What `POST /v1/validate` answers about one document. */
interface Verdict {
  readonly valid: boolean;
  readonly kind: string | null;
  readonly operation: string | null;
  readonly issues: readonly ContractIssue[];
}

/**
 * Validates a document (a request, a response, or a pair where the API reads pairs)
 * through the API the page is served with, so the page judges documents exactly as the
 * API does.
 *
 * @param value The parsed document.
 * @param validateUrl The validate route, e.g. `/v1/validate`.
 * @returns The document after validation.
 */
export async function checkOverApi(value: unknown, validateUrl: string): Promise<CheckedDocument> {
  const verdict = await validate(value, validateUrl);
  const valid = verdict.valid && typeof value === 'object' && value !== null;
  const document = value as Json;
  const halves =
    verdict.kind === 'pair'
      ? { request: document['request'] as Json, response: document['response'] as Json }
      : {
          request: verdict.kind === 'request' ? document : null,
          response: verdict.kind === 'response' ? document : null,
        };
  const kind = verdict.kind === 'pair' ? 'request and response' : (verdict.kind ?? 'document');
  return {
    valid,
    operation: verdict.operation,
    label: verdict.operation === null ? kind : `${verdict.operation} ${kind}`,
    issues: verdict.issues,
    request: valid ? halves.request : null,
    response: valid ? halves.response : null,
  };
}

async function validate(value: unknown, validateUrl: string): Promise<Verdict> {
  const failed = (message: string): Verdict => ({
    valid: false,
    kind: null,
    operation: null,
    issues: [{ path: '', message, rule: 'request' }],
  });
  let answer: Response;
  try {
    answer = await fetch(validateUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(value),
    });
  } catch {
    return failed('the server could not be reached');
  }
  const body = (await answer.json().catch(() => null)) as
    | (Partial<Verdict> & { error?: { message?: unknown; issues?: Verdict['issues'] } })
    | null;
  if (body === null || (answer.status !== 200 && answer.status !== 422)) {
    const message = body?.error?.message;
    return failed(typeof message === 'string' ? message : `the server answered ${answer.status}`);
  }
  return {
    valid: body.valid === true,
    kind: body.kind ?? null,
    operation: body.operation ?? null,
    // An invalid verdict lists its issues once, in the error object.
    issues: body.error?.issues ?? body.issues ?? [],
  };
}
