import type { AutomationStatus, ContractRollup } from '@cavra/contracts-core';
import type { SaasOperatingAutomationSummaryOptions } from './builders.js';
import { saasOperatingAutomationContract } from './contract.js';
import type {
  SAAS_OPERATING_AUTOMATION_OPERATION,
  SaasOperatingAutomationCheck,
} from './vocabulary.js';

/** The readiness view of a `saas_operating_automation` summary. */
export type SaasOperatingAutomationRollup = ContractRollup<
  typeof SAAS_OPERATING_AUTOMATION_OPERATION,
  SaasOperatingAutomationCheck,
  AutomationStatus
>;

/**
 * Rolls a summary up: the worst of `automation_status` and the seven check
 * statuses (see `AUTOMATION_SEVERITY`), each check's status, the checks that need attention
 * (`blocked` or `unknown`) and the blockers.
 *
 * @param summary A summary with its `tenant_id`; read-only lists are fine (validated here).
 * @returns The rollup.
 * @throws {ContractError} for an invalid summary.
 */
export function rollupSaasOperatingAutomation(
  summary: SaasOperatingAutomationSummaryOptions & { readonly tenant_id: string },
): SaasOperatingAutomationRollup {
  return saasOperatingAutomationContract.rollup(summary);
}
