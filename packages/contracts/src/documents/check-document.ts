import {
  type AnyContract,
  ContractError,
  type ContractIssue,
  DOCUMENT_KINDS,
  DOCUMENT_SCHEMA_VERSIONS,
  type DocumentKind,
  findSensitiveMaterial,
  joinJsonPath,
  toContractError,
  toGuardIssues,
} from '@cavra/contracts-core';
import { validateDocument } from './recognize-document.js';

/** What a checked document holds: one request, one response, or a `{request, response}` pair. */
export type CheckedDocumentKind = DocumentKind | 'pair';

/** The kinds {@link checkDocument} recognises: request, response, pair. */
export const CHECKED_DOCUMENT_KINDS: readonly CheckedDocumentKind[] = Object.freeze([
  ...DOCUMENT_KINDS,
  'pair',
]);

/** A request or response as a contract parser returns it. */
export type CheckedWireDocument = Readonly<Record<string, unknown>>;

/** The outcome of {@link checkDocument}. */
export interface DocumentCheck<TContract extends AnyContract = AnyContract> {
  /** `true` when the document is valid (`issues` is then empty). */
  readonly valid: boolean;
  /** The kind, when recognised. */
  readonly kind: CheckedDocumentKind | null;
  /** The contract of the operation, when recognised. */
  readonly contract: TContract | null;
  /** Every issue with its JSON path; empty when valid. Never quotes a detected secret. */
  readonly issues: readonly ContractIssue[];
  /** Issues found beyond `issues`, which validation stopped listing; absent when none. */
  readonly truncated?: number;
  /** `true` when validation stopped early, so `truncated` is a lower bound. */
  readonly incomplete?: boolean;
  /** The parsed request (alone or in a pair), when valid. */
  readonly request: CheckedWireDocument | null;
  /** The parsed response (alone or in a pair), when valid. */
  readonly response: CheckedWireDocument | null;
}

/**
 * The one JSON shape of a checked document, shared by `cavra-contracts validate --json` and
 * `POST /v1/validate`.
 */
export interface DocumentCheckJson {
  /** `true` when the document is valid. */
  readonly valid: boolean;
  /** `request`, `response` or `pair`; `null` when not recognised. */
  readonly kind: CheckedDocumentKind | null;
  /** The operation, when recognised. */
  readonly operation: string | null;
  /** The schema version of the kind in the document's version (of the request, for a pair); `null` when not recognised. */
  readonly schema_version: string | null;
  /** The issues with their JSON paths, at most `MAX_ISSUES` (as a `ContractError` keeps them); empty when valid. */
  readonly issues: readonly ContractIssue[];
  /** How many more issues there are than `issues` lists; absent when none. */
  readonly truncated?: number;
}

/** The rule of a value that is not an object where a document (or half of a pair) must be one. */
const OBJECT_RULE = 'object';
/** The rule of a pair whose halves do not belong together. */
const PAIR_RULE = 'pair';
const PAIR_KEYS: readonly DocumentKind[] = DOCUMENT_KINDS;

/**
 * Recognises and validates one JSON document: a request or a response of any of the given
 * contracts (its `schema_version` picks the kind, its `operation` the contract, whose strict
 * parser decides, guard included), or a `{request, response}` pair, an object without
 * `schema_version` holding `request` or `response`. Each half of a pair is checked on its
 * own, under its key, and the two must belong together: the same operation, the same
 * correlation id and the same tenant, and the response in its request's schema version. A value that is not an object breaks the one rule
 * `object`; the pair's own rules are `pair`.
 *
 * @param contracts The contracts a document may belong to.
 * @param value Any value, e.g. parsed JSON.
 * @returns The outcome; never throws, whatever the input holds.
 */
export function checkDocument<TContract extends AnyContract>(
  contracts: readonly TContract[],
  value: unknown,
): DocumentCheck<TContract> {
  if (!isRecord(value)) {
    return failedDocumentCheck([
      ...guardIssues(value, ''),
      {
        path: '',
        message:
          'document must be a JSON object: a request, a response or a {request, response} pair',
        rule: OBJECT_RULE,
      },
    ]);
  }
  if (!hasOwn(value, 'schema_version') && PAIR_KEYS.some((key) => hasOwn(value, key))) {
    return checkPair(contracts, value);
  }
  return checkSingle(contracts, value, '');
}

/**
 * The outcome of a document that could not be checked at all, e.g. text that is not JSON.
 *
 * @param issues Why, each with its path and rule (e.g. `malformed_json`).
 * @returns An invalid outcome of unknown kind and operation.
 */
export function failedDocumentCheck<TContract extends AnyContract = AnyContract>(
  issues: readonly ContractIssue[],
): DocumentCheck<TContract> {
  return { valid: false, kind: null, contract: null, issues, request: null, response: null };
}

/**
 * Lays a checked document out in the one JSON shape both front ends print.
 *
 * @param check The outcome of {@link checkDocument}.
 * @returns `{ valid, kind, operation, schema_version, issues }`.
 */
export function documentCheckJson(check: DocumentCheck): DocumentCheckJson {
  const versionKind = check.kind === 'pair' ? 'request' : check.kind;
  const base = {
    valid: check.valid,
    kind: check.kind,
    operation: check.contract?.spec.operation ?? null,
    schema_version: versionKind === null ? null : versionsOf(check.contract)[versionKind],
  };
  if (check.valid) return { ...base, issues: [] };
  const bounded = new ContractError('invalid document', check.issues, {
    truncated: check.truncated ?? 0,
    incomplete: check.incomplete ?? false,
  });
  return bounded.truncated > 0
    ? { ...base, issues: bounded.issues, truncated: bounded.truncated }
    : { ...base, issues: bounded.issues };
}

function checkSingle<TContract extends AnyContract>(
  contracts: readonly TContract[],
  value: Readonly<Record<string, unknown>>,
  prefix: string,
): DocumentCheck<TContract> {
  const verdict = validateDocument(contracts, value);
  if (!verdict.valid) {
    const issues = verdict.issues.map((issue) => ({ ...issue, path: join(prefix, issue.path) }));
    const { truncated, incomplete } = verdict;
    return {
      ...failedDocumentCheck(issues),
      kind: verdict.kind,
      contract: verdict.contract,
      truncated,
      incomplete,
    };
  }
  const output = verdict.output as CheckedWireDocument;
  return {
    valid: true,
    kind: verdict.kind,
    contract: verdict.contract,
    issues: [],
    request: verdict.kind === 'request' ? output : null,
    response: verdict.kind === 'response' ? output : null,
  };
}

function checkPair<TContract extends AnyContract>(
  contracts: readonly TContract[],
  value: Readonly<Record<string, unknown>>,
): DocumentCheck<TContract> {
  const issues: ContractIssue[] = [];
  for (const key of Object.keys(value)) {
    if ((PAIR_KEYS as readonly string[]).includes(key)) continue;
    // A key or value the guard flags is reported by the guard, without the key's name.
    const flagged = guardIssues({ [key]: value[key] }, '');
    issues.push(
      ...(flagged.length > 0
        ? flagged
        : [
            {
              path: joinJsonPath('', key),
              message: 'a pair holds only request and response',
              rule: PAIR_RULE,
            },
          ]),
    );
  }
  const halves = PAIR_KEYS.map((key) => {
    const half = value[key];
    if (!isRecord(half)) {
      issues.push(...guardIssues(half, key), {
        path: key,
        message: `${key} must be a JSON object`,
        rule: OBJECT_RULE,
      });
      return null;
    }
    const check = checkSingle(contracts, half, key);
    issues.push(...check.issues);
    if (check.valid && check.kind !== key) {
      issues.push({
        path: join(key, 'schema_version'),
        message: `${key} must have the ${key} schema_version`,
        rule: PAIR_RULE,
      });
    }
    return check;
  });
  const [request, response] = halves;
  const contract = request?.contract ?? response?.contract ?? null;
  const failed = (all: readonly ContractIssue[]): DocumentCheck<TContract> => ({
    ...failedDocumentCheck(all),
    kind: 'pair',
    contract,
  });
  if (issues.length > 0 || !request?.request || !response?.response) return failed(issues);
  const mismatches = pairMismatches(request.request, response.response);
  // Two contracts of one operation are two versions of it: a response answers in its request's.
  if (mismatches.length === 0 && request.contract !== response.contract) {
    mismatches.push({
      path: 'response.schema_version',
      message: "response must answer in the request's schema version",
      rule: PAIR_RULE,
    });
  }
  if (mismatches.length > 0) return failed(mismatches);
  return {
    valid: true,
    kind: 'pair',
    contract,
    issues: [],
    request: request.request,
    response: response.response,
  };
}

/** The fields a response must copy from its request, each with its path in the response. */
const PAIR_FIELDS: readonly { readonly field: string; readonly path: readonly string[] }[] = [
  { field: 'operation', path: ['operation'] },
  { field: 'correlation_id', path: ['correlation_id'] },
  { field: 'tenant_id', path: ['payload', 'summary', 'tenant_id'] },
];

function pairMismatches(
  request: CheckedWireDocument,
  response: CheckedWireDocument,
): ContractIssue[] {
  const issues: ContractIssue[] = [];
  for (const { field, path } of PAIR_FIELDS) {
    let actual: unknown = response;
    for (const key of path) actual = (actual as Readonly<Record<string, unknown>>)[key];
    if (actual !== request[field]) {
      issues.push({
        path: ['response', ...path].join('.'),
        message: `${field} must match the request's ${field}`,
        rule: PAIR_RULE,
      });
    }
  }
  return issues;
}

/** The schema versions of a recognised contract (its documents' own), else wire format v1's. */
function versionsOf(contract: AnyContract | null): Readonly<Record<DocumentKind, string>> {
  return contract?.declaration.versions ?? DOCUMENT_SCHEMA_VERSIONS;
}

/** The guard's findings in a value, as issues under `path`; a value it cannot read is one issue. */
function guardIssues(value: unknown, path: string): ContractIssue[] {
  try {
    return toGuardIssues(findSensitiveMaterial(value, { path }));
  } catch (caught) {
    return [...toContractError(caught, 'invalid document').issues];
  }
}

function join(prefix: string, path: string): string {
  if (prefix === '') return path;
  if (path === '') return prefix;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}

function hasOwn(value: object, key: string): boolean {
  try {
    return Object.hasOwn(value, key);
  } catch {
    // A hostile proxy whose traps throw: validation reports it.
    return false;
  }
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  try {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    // Array.isArray throws for a revoked proxy: not a readable object.
    return false;
  }
}
