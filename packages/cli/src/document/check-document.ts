import {
  type ContractIssue,
  findSensitiveMaterial,
  joinJsonPath,
  REQUEST_SCHEMA_VERSION,
  RESPONSE_SCHEMA_VERSION,
  toGuardIssues,
} from '@cavra/contracts-core';
import type { OperationContract, WireDocument } from '../operations/operation-contract.js';
import { findOperation, OPERATION_NAMES } from '../operations/registry.js';
import { isSensitive } from '../redact.js';

/** What a document holds: one request, one response, or a `{request, response}` pair. */
export type DocumentKind = 'request' | 'response' | 'pair';

/** The outcome of checking a document against the contracts. */
export interface DocumentCheck {
  /** `true` when the document is valid (`issues` is then empty). */
  readonly valid: boolean;
  /** The kind, when recognised. */
  readonly kind: DocumentKind | null;
  /** The operation, when recognised. */
  readonly operation: OperationContract | null;
  /** Every issue with its JSON path; empty when valid. Never holds a detected secret. */
  readonly issues: readonly ContractIssue[];
  /** The parsed request (alone or in a pair), when valid. */
  readonly request: WireDocument | null;
  /** The parsed response (alone or in a pair), when valid. */
  readonly response: WireDocument | null;
}

const PAIR_KEYS = ['request', 'response'] as const;

/**
 * Recognises and validates a JSON document: a request or a response (by `schema_version`)
 * of any operation (by `operation`), or a `{request, response}` pair whose two halves
 * must also agree on operation, correlation id and tenant. The sensitive-material guard
 * runs over the whole document first, so no later message can quote a secret.
 *
 * @param value A parsed JSON value.
 * @returns The outcome; never throws.
 */
export function checkDocument(value: unknown): DocumentCheck {
  const findings = findSensitiveMaterial(value);
  if (!isRecord(value)) {
    const issues = [...toGuardIssues(findings), documentIssue('')];
    return failed(null, null, issues);
  }
  if (!('schema_version' in value) && PAIR_KEYS.some((key) => key in value)) {
    return checkPair(value, toGuardIssues(findings));
  }
  if (findings.length > 0) {
    const kind = kindOf(value['schema_version']);
    return failed(kind, findOperation(value['operation']) ?? null, toGuardIssues(findings));
  }
  return checkSingle(value, '');
}

function checkSingle(value: Readonly<Record<string, unknown>>, prefix: string): DocumentCheck {
  const kind = kindOf(value['schema_version']);
  const operation = findOperation(value['operation']) ?? null;
  const issues: ContractIssue[] = [];
  if (kind === null) {
    issues.push({
      path: join(prefix, 'schema_version'),
      message: `schema_version must be ${REQUEST_SCHEMA_VERSION} or ${RESPONSE_SCHEMA_VERSION}`,
      rule: 'schema_version',
    });
  }
  if (operation === null) {
    issues.push({
      path: join(prefix, 'operation'),
      message: `operation must be one of: ${OPERATION_NAMES.join(', ')}`,
      rule: 'operation',
    });
  }
  if (kind === null || operation === null) return failed(kind, operation, issues);
  const result =
    kind === 'request' ? operation.safeParseRequest(value) : operation.safeParseResponse(value);
  if (!result.success) {
    const prefixed = result.issues.map((issue) => ({ ...issue, path: join(prefix, issue.path) }));
    return failed(kind, operation, prefixed);
  }
  return {
    valid: true,
    kind,
    operation,
    issues: [],
    request: kind === 'request' ? result.output : null,
    response: kind === 'response' ? result.output : null,
  };
}

function checkPair(
  value: Readonly<Record<string, unknown>>,
  guardIssues: readonly ContractIssue[],
): DocumentCheck {
  const issues: ContractIssue[] = [...guardIssues];
  for (const key of Object.keys(value)) {
    // A key that is itself sensitive is reported by the guard, without its name.
    if (!(PAIR_KEYS as readonly string[]).includes(key) && !isSensitive(key)) {
      issues.push({
        path: joinJsonPath('', key),
        message: 'a pair holds only request and response',
        rule: 'pair',
      });
    }
  }
  const halves = PAIR_KEYS.map((key) => {
    const half = value[key];
    if (!isRecord(half)) {
      issues.push({ path: key, message: `${key} must be an object`, rule: 'pair' });
      return null;
    }
    if (guardIssues.length > 0) return null;
    const check = checkSingle(half, key);
    issues.push(...check.issues);
    if (check.valid && check.kind !== key) {
      issues.push({
        path: join(key, 'schema_version'),
        message: `${key} must have the ${key} schema_version`,
        rule: 'pair',
      });
    }
    return check;
  });
  const [request, response] = halves;
  const operation = request?.operation ?? response?.operation ?? null;
  if (issues.length > 0 || !request?.request || !response?.response) {
    return failed('pair', operation, issues);
  }
  issues.push(...pairMismatches(request.request, response.response));
  if (issues.length > 0) return failed('pair', operation, issues);
  return {
    valid: true,
    kind: 'pair',
    operation,
    issues: [],
    request: request.request,
    response: response.response,
  };
}

function pairMismatches(request: WireDocument, response: WireDocument): ContractIssue[] {
  const issues: ContractIssue[] = [];
  const summary = (response['payload'] as Readonly<Record<string, unknown>>)['summary'] as Readonly<
    Record<string, unknown>
  >;
  const expect = (path: string, actual: unknown, expected: unknown, field: string) => {
    if (actual !== expected) {
      issues.push({ path, message: `${field} must match the request's ${field}`, rule: 'pair' });
    }
  };
  expect('response.operation', response['operation'], request['operation'], 'operation');
  expect(
    'response.correlation_id',
    response['correlation_id'],
    request['correlation_id'],
    'correlation_id',
  );
  expect(
    'response.payload.summary.tenant_id',
    summary['tenant_id'],
    request['tenant_id'],
    'tenant_id',
  );
  return issues;
}

function kindOf(schemaVersion: unknown): 'request' | 'response' | null {
  if (schemaVersion === REQUEST_SCHEMA_VERSION) return 'request';
  if (schemaVersion === RESPONSE_SCHEMA_VERSION) return 'response';
  return null;
}

function documentIssue(path: string): ContractIssue {
  return {
    path,
    message: 'the document must be a JSON object: a request, a response, or {request, response}',
    rule: 'document',
  };
}

function failed(
  kind: DocumentKind | null,
  operation: OperationContract | null,
  issues: readonly ContractIssue[],
): DocumentCheck {
  return { valid: false, kind, operation, issues, request: null, response: null };
}

function join(prefix: string, path: string): string {
  if (prefix === '') return path;
  if (path === '') return prefix;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
