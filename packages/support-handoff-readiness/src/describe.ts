import type { ContractDescription, ReadinessStatus } from '@cavra/contracts-core';
import { supportHandoffReadinessContract } from './contract.js';
import type {
  SUPPORT_HANDOFF_READINESS_OPERATION,
  SupportHandoffReadinessCheck,
} from './vocabulary.js';

/** The public description of the `support_handoff_readiness` contract. */
export type SupportHandoffReadinessDescription = ContractDescription<
  typeof SUPPORT_HANDOFF_READINESS_OPERATION,
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
