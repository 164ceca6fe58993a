import type { ContractDescription, ReadinessStatus } from '@cavra/contracts-core';
import { supportHandoffReadinessContract } from './contract.js';
import type { SupportHandoffReadinessCheck } from './vocabulary.js';

/** The public description of the `support_handoff_readiness` contract. */
export type SupportHandoffReadinessDescription = ContractDescription<
  'support_handoff_readiness',
  SupportHandoffReadinessCheck,
  ReadinessStatus
>;

/**
 * Describes the `support_handoff_readiness` contract: request and response fields,
 * checks with their summary fields, statuses, private modules, boundary and limits.
 *
 * @returns The description, a plain JSON value.
 */
export function describeSupportHandoffReadiness(): SupportHandoffReadinessDescription {
  return supportHandoffReadinessContract.describe();
}
