import { type FleetEntry, fleetEntry, rejectedDocument } from '@cavra/contracts-console';
import { checkDocument } from '../document/check-document.js';
import { documentLabel } from '../document/describe-check.js';
import type { SourcedDocument } from '../document/read-documents.js';
import { CONSOLE_CONTRACTS, consoleContractOf } from './readiness-report.js';

/**
 * Checks a document read from a file, folder or stdin and gives its place in a report: a
 * tenant (a valid response, with its request when paired), a request without a response,
 * or a document left out with its issues (unreadable, not JSON, invalid).
 *
 * @param document The document and where it came from.
 * @returns The report entry; never throws.
 */
export function reportEntry(document: SourcedDocument): FleetEntry {
  const source =
    document.line === undefined ? document.source : `${document.source}:${document.line}`;
  if (document.error !== undefined) {
    return { kind: 'rejected', document: rejectedDocument(source, 'document', [document.error]) };
  }
  const check = checkDocument(document.value);
  return fleetEntry(
    // The data of the document's own version, where it was recognised.
    check.contract === null ? CONSOLE_CONTRACTS : [consoleContractOf(check.contract)],
    {
      valid: check.valid,
      operation: check.contract?.spec.operation ?? null,
      label: documentLabel(check),
      issues: check.issues,
      request: check.request,
      response: check.response,
    },
    source,
  );
}
