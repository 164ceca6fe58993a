import { RESPONSE_STATUSES, type ResponseStatus } from '../vocabulary/statuses.js';
import type { ContractDeclaration } from './declaration.js';

type Words = Pick<ContractDeclaration, 'title' | 'privateModules'>;

/** A response's `message` and `payload.next_step`. */
type ResponseTexts = { readonly message: string; readonly next_step: string };

const TEXTS: Record<ResponseStatus, (words: Words) => ResponseTexts> = {
  accepted: ({ title }) => ({
    message: `The private service accepted this ${title} request and will evaluate it.`,
    next_step: 'Follow the evaluation in the private service using this correlation_id.',
  }),
  unavailable: ({ title }) => ({
    message: `The private ${title} service is unavailable, so nothing was evaluated.`,
    next_step:
      'Retry later with the same correlation_id, or contact the operator of the private service.',
  }),
  requires_private_service: ({ title, privateModules }) => ({
    message: `The public contract checked the shape of this ${title} request; only the private CAVRA service can evaluate it.`,
    next_step: `Send this request to a private deployment that implements the ${privateModules.length} modules in private_modules_required.`,
  }),
};

/**
 * The message and next step of a response of each status, in our own words, written once
 * per contract.
 *
 * @param words The contract's title and private modules.
 * @returns The texts by response status.
 */
export function responseTexts(words: Words): Record<ResponseStatus, ResponseTexts> {
  const texts = {} as Record<ResponseStatus, ResponseTexts>;
  for (const status of RESPONSE_STATUSES) texts[status] = TEXTS[status](words);
  return texts;
}
