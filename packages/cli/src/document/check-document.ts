import {
  type AnyContract,
  type ContractIssue,
  findSensitiveMaterial,
  joinJsonPath,
  recognizeDocument,
  toGuardIssues,
  validateDocument,
} from '@cavra/contracts-core';
import { PUBLISHED_CONTRACTS } from '../operations/registry.js';
import { isSensitive } from '../redact.js';
import type { WireDocument } from './wire-document.js';

/** What a document holds: one request, one response, or a `{request, response}` pair. */
export type DocumentKind = 'request' | 'response' | 'pair';

/** The outcome of checking a document against the contracts. */
export interface DocumentCheck {
  /** `true` when the document is valid (`issues` is then empty). */
  readonly valid: boolean;
  /** The kind, when recognised. */
  readonly kind: DocumentKind | null;
  /** The contract of the operation, when recognised. */
  readonly contract: AnyContract | null;
  /** Every issue with its JSON path; empty when valid. Never holds a detected secret. */
  readonly issues: readonly ContractIssue[];
  /** The parsed request (alone or in a pair), when valid. */
  readonly request: WireDocument | null;
  /** The parsed response (alone or in a pair), when valid. */
  readonly response: WireDocument | null;
}

const PAIR_KEYS = ['request', 'response'] as const;

/**
 * Recognises and validates a JSON document: a request or a response of any operation
 * (core's `validateDocument` over every published version of every contract), or a `{request, response}` pair
 * whose two halves must also agree on operation, correlation id and tenant. The
 * sensitive-material guard runs over the whole document first, so no later message can
 * quote a secret, and a document it flags reports only the guard's findings.
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
    const { kind, contract } = recognizeDocument(PUBLISHED_CONTRACTS, value);
    return failed(kind, contract, toGuardIssues(findings));
  }
  return checkSingle(value, '');
}

/** Validates one request or response, its issue paths under `prefix` (a half of a pair). */
function checkSingle(value: Readonly<Record<string, unknown>>, prefix: string): DocumentCheck {
  const verdict = validateDocument(PUBLISHED_CONTRACTS, value);
  if (!verdict.valid) {
    const prefixed = verdict.issues.map((issue) => ({ ...issue, path: join(prefix, issue.path) }));
    return failed(verdict.kind, verdict.contract, prefixed);
  }
  const { kind, contract } = verdict;
  const output = verdict.output as WireDocument;
  return {
    valid: true,
    kind,
    contract,
    issues: [],
    request: kind === 'request' ? output : null,
    response: kind === 'response' ? output : null,
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
  const contract = request?.contract ?? response?.contract ?? null;
  if (issues.length > 0 || !request?.request || !response?.response) {
    return failed('pair', contract, issues);
  }
  issues.push(...pairMismatches(request.request, response.response));
  if (
    request.contract !== response.contract &&
    request.request['operation'] === response.response['operation']
  ) {
    issues.push({
      path: 'response.schema_version',
      message: "response must answer in the request's schema version",
      rule: 'pair',
    });
  }
  if (issues.length > 0) return failed('pair', contract, issues);
  return {
    valid: true,
    kind: 'pair',
    contract,
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

function documentIssue(path: string): ContractIssue {
  return {
    path,
    message: 'the document must be a JSON object: a request, a response, or {request, response}',
    rule: 'document',
  };
}

function failed(
  kind: DocumentKind | null,
  contract: AnyContract | null,
  issues: readonly ContractIssue[],
): DocumentCheck {
  return { valid: false, kind, contract, issues, request: null, response: null };
}

function join(prefix: string, path: string): string {
  if (prefix === '') return path;
  if (path === '') return prefix;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
