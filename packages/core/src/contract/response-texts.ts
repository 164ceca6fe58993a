import { DEFAULT_RESPONSE_STATUS, type ResponseStatus } from '../vocabulary/statuses.js';
import type { ContractDeclaration } from './declaration.js';

type Words = Pick<ContractDeclaration, 'title' | 'privateModules'>;

const TEXTS: Record<'message' | 'nextStep', Record<ResponseStatus, (words: Words) => string>> = {
  message: {
    accepted: ({ title }) =>
      `The private service accepted this ${title} request and will evaluate it.`,
    unavailable: ({ title }) =>
      `The private ${title} service is unavailable, so nothing was evaluated.`,
    requires_private_service: ({ title }) =>
      `The public contract checked the shape of this ${title} request; only the private CAVRA service can evaluate it.`,
  },
  nextStep: {
    accepted: () => 'Follow the evaluation in the private service using this correlation_id.',
    unavailable: () =>
      'Retry later with the same correlation_id, or contact the operator of the private service.',
    requires_private_service: ({ privateModules }) =>
      `Send this request to a private deployment that implements the ${privateModules.length} modules in private_modules_required.`,
  },
};

/**
 * The message or next step of a response, in our own words. An unknown status (which the
 * response schema then reports) gets the default status's text.
 *
 * @param part `message` or `nextStep`.
 * @param words The contract's title and private modules.
 * @param status The response status.
 * @returns The text.
 */
export function responseText(part: 'message' | 'nextStep', words: Words, status: string): string {
  const texts = TEXTS[part];
  const own = Object.hasOwn(texts, status) ? (status as ResponseStatus) : DEFAULT_RESPONSE_STATUS;
  return texts[own](words);
}
