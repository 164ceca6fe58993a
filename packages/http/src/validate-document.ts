import {
  checkDocument,
  type DocumentCheckJson,
  documentCheckJson,
  failedDocumentCheck,
} from '@cavra/contracts';
import type { ContractIssue } from '@cavra/contracts-core';
import { PUBLISHED_CONTRACTS } from './operation-registry.js';

/**
 * What `POST /v1/validate` reports about one document: core's one JSON shape of a checked
 * document, `{ valid, kind, operation, schema_version, issues }`, the same that
 * `cavra-contracts validate --json` prints.
 */
export type DocumentVerdict = DocumentCheckJson;

/**
 * Validates a request, a response or a `{request, response}` pair with core's
 * `checkDocument` over every published version of the contracts this API serves, the same function the CLI's
 * `validate` runs, and lays the outcome out in core's one JSON shape.
 *
 * @param document Parsed JSON.
 * @returns The verdict; never throws.
 */
export function validateDocument(document: unknown): DocumentVerdict {
  return documentCheckJson(checkDocument(PUBLISHED_CONTRACTS, document));
}

/**
 * The verdict on a body that is not a JSON document at all (malformed JSON, not UTF-8,
 * empty), or whose JSON text the reader refused before any contract ran (a key twice in
 * one object, nesting too deep), in the same shape: kind, operation and schema version
 * unknown, and the reader's issues.
 *
 * @param message Why the body is not JSON, as the body reader words it (with the position
 *   of malformed JSON where it gives one).
 * @param issues The reader's issues with their paths (`duplicate_key`, `too_deep`); default
 *   one issue at the root carrying `message`, rule `malformed_json`.
 * @returns The verdict.
 */
export function unreadableVerdict(
  message: string,
  issues: readonly ContractIssue[] = [{ path: '', message, rule: 'malformed_json' }],
): DocumentVerdict {
  return documentCheckJson(failedDocumentCheck(issues));
}
