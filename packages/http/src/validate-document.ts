import {
  type AnyContract,
  type ContractIssue,
  DOCUMENT_SCHEMA_VERSIONS,
  type DocumentKind,
  validateDocument as validateContractDocument,
} from '@cavra/contracts-core';
import { type OperationName, PUBLISHED_CONTRACTS } from './operation-registry.js';

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
 * Validates any request or response document with core's `validateDocument` over every
 * published version of the contracts this API serves (the `schema_version` picks the kind, the `operation` the
 * contract, whose strict parser decides), and lays the outcome out as the answer of
 * `POST /v1/validate`: the operation by name and the schema version of the kind.
 *
 * @param document Parsed JSON.
 * @returns The verdict; never throws.
 */
export function validateDocument(document: unknown): DocumentVerdict {
  const verdict = validateContractDocument(PUBLISHED_CONTRACTS, document);
  if (verdict.valid) {
    return {
      valid: true,
      kind: verdict.kind,
      operation: verdict.contract.spec.operation as OperationName,
      schema_version: verdict.contract.declaration.versions[verdict.kind],
    };
  }
  return {
    valid: false,
    kind: verdict.kind,
    operation: (verdict.contract?.spec.operation ?? null) as OperationName | null,
    schema_version: verdict.kind === null ? null : schemaVersionOf(verdict.kind, verdict.contract),
    issues: verdict.issues,
  };
}

/** The schema version of a kind: the recognised contract's, else wire format v1's. */
function schemaVersionOf(kind: DocumentKind, contract: AnyContract | null): string {
  return contract === null ? DOCUMENT_SCHEMA_VERSIONS[kind] : contract.declaration.versions[kind];
}
