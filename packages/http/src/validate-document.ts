import {
  type ContractIssue,
  findSensitiveMaterial,
  REQUEST_SCHEMA_VERSION,
  RESPONSE_SCHEMA_VERSION,
  toGuardIssues,
} from '@cavra/contracts-core';
import {
  type DocumentKind,
  findOperation,
  OPERATION_NAMES,
  type OperationName,
} from './operation-registry.js';

/** The schema versions a document may carry, by kind. */
const SCHEMA_VERSIONS: Readonly<Record<DocumentKind, string>> = {
  request: REQUEST_SCHEMA_VERSION,
  response: RESPONSE_SCHEMA_VERSION,
};

/** What `POST /v1/validate` reports about one document. */
export type DocumentVerdict =
  | {
      readonly valid: true;
      readonly kind: DocumentKind;
      readonly operation: OperationName;
      readonly schema_version: string;
    }
  | {
      readonly valid: false;
      /** The kind, when the document's `schema_version` names a known one. */
      readonly kind: DocumentKind | null;
      /** The operation, when the document names a known one. */
      readonly operation: OperationName | null;
      /** The schema version, when it is a known one. */
      readonly schema_version: string | null;
      readonly issues: readonly ContractIssue[];
    };

/**
 * Validates any request or response document: its `schema_version` picks the kind, its
 * `operation` picks the contract, and that contract's strict parser decides. Unknown
 * values are reported without being quoted, and a document whose kind or operation is
 * unknown is still searched for sensitive material.
 *
 * @param document Parsed JSON.
 * @returns The verdict; never throws.
 */
export function validateDocument(document: unknown): DocumentVerdict {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return invalid(null, null, [
      { path: '', message: 'document must be a JSON object', rule: 'object' },
    ]);
  }
  const record = document as Record<string, unknown>;
  const kind = kindOf(record['schema_version']);
  const operation = typeof record['operation'] === 'string' ? record['operation'] : undefined;
  const entry = operation === undefined ? undefined : findOperation(operation);
  if (kind !== null && entry !== undefined) {
    const result = entry.safeParse(kind, document);
    if (result.success) {
      return {
        valid: true,
        kind,
        operation: entry.operation,
        schema_version: SCHEMA_VERSIONS[kind],
      };
    }
    return invalid(kind, entry.operation, result.issues);
  }
  const issues: ContractIssue[] = [];
  if (kind === null) {
    issues.push({
      path: 'schema_version',
      message: `schema_version must be ${REQUEST_SCHEMA_VERSION} or ${RESPONSE_SCHEMA_VERSION}`,
      rule: 'schema_version',
    });
  }
  if (entry === undefined) {
    issues.push({
      path: 'operation',
      message: `operation must be one of: ${OPERATION_NAMES.join(', ')}`,
      rule: 'operation',
    });
  }
  issues.push(...toGuardIssues(findSensitiveMaterial(document)));
  return invalid(kind, entry?.operation ?? null, issues);
}

function kindOf(version: unknown): DocumentKind | null {
  if (version === REQUEST_SCHEMA_VERSION) return 'request';
  if (version === RESPONSE_SCHEMA_VERSION) return 'response';
  return null;
}

function invalid(
  kind: DocumentKind | null,
  operation: OperationName | null,
  issues: readonly ContractIssue[],
): DocumentVerdict {
  return {
    valid: false,
    kind,
    operation,
    schema_version: kind === null ? null : SCHEMA_VERSIONS[kind],
    issues,
  };
}
