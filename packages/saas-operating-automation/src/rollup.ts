import type { AutomationStatus, ContractRollup } from '@cavra/contracts-core';
import { saasOperatingAutomation } from './contract.js';
import type { SaasOperatingAutomationSummaryInput } from './schemas.js';
import type { SaasOperatingAutomationCheck } from './vocabulary.js';

/** The readiness view of a `saas_operating_automation` summary. */
export type SaasOperatingAutomationRollup = ContractRollup<
  'saas_operating_automation',
  SaasOperatingAutomationCheck,
  AutomationStatus
>;

/**
 * Rolls a summary up: the worst of `automation_status` and the seven check
 * statuses (see `AUTOMATION_SEVERITY`), each check's status, the checks that need attention
 * (`blocked` or `unknown`) and the blockers.
 *
 * @param summary A summary (validated here).
 * @returns The rollup.
 * @throws {ContractError} for an invalid summary.
 */
export function rollupSaasOperatingAutomation(
  summary: SaasOperatingAutomationSummaryInput,
): SaasOperatingAutomationRollup {
  return saasOperatingAutomation.rollup(summary);
}
