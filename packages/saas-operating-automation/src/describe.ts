import type { AutomationStatus, ContractDescription } from '@cavra/contracts-core';
import { saasOperatingAutomationContract } from './contract.js';
import type {
  SAAS_OPERATING_AUTOMATION_OPERATION,
  SaasOperatingAutomationCheck,
} from './vocabulary.js';

/** The public description of the `saas_operating_automation` contract. */
export type SaasOperatingAutomationDescription = ContractDescription<
  typeof SAAS_OPERATING_AUTOMATION_OPERATION,
  SaasOperatingAutomationCheck,
  AutomationStatus
>;

/**
 * Describes the `saas_operating_automation` contract: request and response fields,
 * checks with their summary fields, statuses, private modules, boundary and limits.
 *
 * @returns The description, a plain JSON value.
 */
export function describeSaasOperatingAutomation(): SaasOperatingAutomationDescription {
  return saasOperatingAutomationContract.describe();
}
