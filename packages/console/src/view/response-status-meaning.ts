import type { ResponseStatus } from '@cavra/contracts-core';

/**
 * What each response status means, in plain words: the glossary line of every report.
 * The keys are core's `RESPONSE_STATUSES`.
 */
export const RESPONSE_STATUS_MEANINGS: Readonly<Record<ResponseStatus, string>> = {
  accepted: 'the private CAVRA service accepted the request and is evaluating it',
  unavailable: 'the private CAVRA service could not be reached, so nothing was evaluated',
  requires_private_service:
    'only the shape was checked: the public contract cannot evaluate readiness, the private CAVRA service must',
};

/**
 * The plain-words meaning of a response status.
 *
 * @param status A response status, e.g. `requires_private_service`.
 * @returns Its meaning; for a status outside the vocabulary, a sentence saying so.
 */
export function responseStatusMeaning(status: string): string {
  return Object.hasOwn(RESPONSE_STATUS_MEANINGS, status)
    ? RESPONSE_STATUS_MEANINGS[status as ResponseStatus]
    : 'a status this version of the contracts does not know';
}
