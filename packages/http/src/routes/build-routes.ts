import {
  type AnyContract,
  ContractError,
  type ContractIssue,
  findSensitiveMaterial,
  type ResponseStatus,
  toGuardIssues,
} from '@cavra/contracts-core';
import type { Hono } from 'hono';
import { moveIssue, rebasePath } from '../issue-paths.js';
import { jsonBody, operationParam, replyContract } from '../reply.js';
import { ROUTES } from '../route-paths.js';
import { unknownKeyIssues } from '../unknown-keys.js';

/** Keys of the body of `POST .../responses`. */
const RESPONSE_BODY_KEYS: readonly string[] = ['request', 'summary', 'status'];

/**
 * Registers the builder routes: `POST .../requests` (the builder's options, with
 * `tenant_id`, as the body) and `POST .../responses` (`{ request, summary, status? }`).
 * Both answer 201 with the built document, or 422 with the contract's issues, their
 * paths naming fields of the body that was sent.
 *
 * @param app The app.
 * @param maxBodyBytes The body limit.
 */
export function registerBuildRoutes(app: Hono, maxBodyBytes: number): void {
  app.post(ROUTES.requests, async (c) => {
    const operation = operationParam(c);
    if (!operation.ok) return operation.response;
    const { contract } = operation.value;
    const body = await jsonBody(c, maxBodyBytes);
    if (!body.ok) return body.response;
    return replyContract(
      c,
      201,
      () => {
        const failure = `invalid ${contract.spec.operation} request`;
        const { tenant_id, ...options } = requireObject(body.value, failure, 'body', '');
        // The builder validates tenant_id at run time, whatever its type.
        return contract.buildRequest(tenant_id as string, options);
      },
      (path) => rebasePath(path, 'payload', ''),
    );
  });

  app.post(ROUTES.responses, async (c) => {
    const operation = operationParam(c);
    if (!operation.ok) return operation.response;
    const body = await jsonBody(c, maxBodyBytes);
    if (!body.ok) return body.response;
    return replyContract(c, 201, () => buildResponse(operation.value.contract, body.value));
  });
}

/**
 * Builds a response from the body of `POST .../responses`. Sensitive material anywhere in
 * the body is refused first (so no later message can name it), then unknown keys; the
 * request is parsed and its issues reported under `request`, and the summary's issues
 * are reported under `summary`.
 */
function buildResponse(contract: AnyContract, value: unknown): unknown {
  const failure = `invalid ${contract.spec.operation} response`;
  const input = requireObject(value, failure, 'body', '');
  const findings = findSensitiveMaterial(input);
  if (findings.length > 0) throw new ContractError(failure, toGuardIssues(findings));
  const unknownKeys = unknownKeyIssues(
    Object.keys(input),
    (key) => RESPONSE_BODY_KEYS.includes(key),
    `the body takes ${RESPONSE_BODY_KEYS.join(', ')}`,
  );
  if (unknownKeys.length > 0) throw new ContractError(failure, unknownKeys);
  const parsed = contract.safeParseRequest(input['request']);
  if (!parsed.success) {
    throw new ContractError(failure, moveIssues(parsed.issues, '', 'request'), {
      truncated: parsed.error.truncated,
      incomplete: parsed.error.incomplete,
    });
  }
  const summary = requireObject(input['summary'], failure, 'summary', 'summary');
  try {
    return contract.buildResponse(parsed.output, summary, {
      status: input['status'] as ResponseStatus | undefined,
    });
  } catch (caught) {
    if (!ContractError.isInstance(caught)) throw caught;
    throw new ContractError(failure, moveIssues(caught.issues, 'payload.summary', 'summary'), {
      truncated: caught.truncated,
      incomplete: caught.incomplete,
    });
  }
}

function moveIssues(issues: readonly ContractIssue[], from: string, to: string): ContractIssue[] {
  return issues.map((issue) => moveIssue(issue, (path) => rebasePath(path, from, to)));
}

/** Returns the value as a record, or throws a contract error naming what must be an object. */
function requireObject(
  value: unknown,
  failure: string,
  name: string,
  path: string,
): Record<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return value as Record<string, unknown>;
  }
  throw new ContractError(failure, [
    { path, message: `${name} must be a JSON object`, rule: 'object' },
  ]);
}
