import {
  checkDocument,
  type DocumentCheckJson,
  documentCheckJson,
  failedDocumentCheck,
} from '@cavra/contracts';
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
 * empty), in the same shape: kind, operation and schema version unknown, one issue.
 *
 * @param message Why the body is not JSON, as the body reader words it (with the position
 *   of malformed JSON where it gives one).
 * @returns The verdict.
 */
export function unreadableVerdict(message: string): DocumentVerdict {
  return documentCheckJson(failedDocumentCheck([{ path: '', message, rule: 'malformed_json' }]));
}
