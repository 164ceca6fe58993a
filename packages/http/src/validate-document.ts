import {
  type ContractIssue,
  DOCUMENT_SCHEMA_VERSIONS,
  type DocumentKind,
  validateDocument as validateContractDocument,
} from '@cavra/contracts-core';
import { CONTRACTS, type OperationName } from './operation-registry.js';

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
      /** How many more issues were found than `issues` lists. */
      readonly truncated: number;
    };

/**
 * Validates any request or response document with core's `validateDocument` over the
 * contracts this API serves (the `schema_version` picks the kind, the `operation` the
 * contract, whose strict parser decides), and lays the outcome out as the answer of
 * `POST /v1/validate`: the operation by name and the schema version of the kind.
 *
 * @param document Parsed JSON.
 * @returns The verdict; never throws.
 */
export function validateDocument(document: unknown): DocumentVerdict {
  const verdict = validateContractDocument(CONTRACTS, document);
  if (verdict.valid) {
    return {
      valid: true,
      kind: verdict.kind,
      operation: verdict.contract.spec.operation as OperationName,
      schema_version: DOCUMENT_SCHEMA_VERSIONS[verdict.kind],
    };
  }
  return {
    valid: false,
    kind: verdict.kind,
    operation: (verdict.contract?.spec.operation ?? null) as OperationName | null,
    schema_version: verdict.kind === null ? null : DOCUMENT_SCHEMA_VERSIONS[verdict.kind],
    issues: verdict.issues,
    truncated: verdict.truncated,
  };
}
