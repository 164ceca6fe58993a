import type { ContractRollup, ReadinessStatus } from '@cavra/contracts-core';
import type { SupportHandoffReadinessSummaryOptions } from './builders.js';
import { supportHandoffReadinessContract } from './contract.js';
import type {
  SUPPORT_HANDOFF_READINESS_OPERATION,
  SupportHandoffReadinessCheck,
} from './vocabulary.js';

/** The readiness view of a `support_handoff_readiness` summary. */
export type SupportHandoffReadinessRollup = ContractRollup<
  typeof SUPPORT_HANDOFF_READINESS_OPERATION,
  SupportHandoffReadinessCheck,
  ReadinessStatus
>;

/**
 * Rolls a summary up: the worst of its five statuses, each check's status
 * (`release_owner_acceptance` has none in v1), the checks that need attention (anything
 * but `ready`) and the blockers.
 *
 * @param summary A summary with its `tenant_id`; read-only lists are fine (validated here).
 * @returns The rollup.
 * @throws {ContractError} for an invalid summary.
 */
export function rollupSupportHandoffReadiness(
  summary: SupportHandoffReadinessSummaryOptions & { readonly tenant_id: string },
): SupportHandoffReadinessRollup {
  return supportHandoffReadinessContract.rollup(summary);
}
