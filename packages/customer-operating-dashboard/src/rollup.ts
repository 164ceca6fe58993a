import type { ContractRollup, ReadinessStatus } from '@cavra/contracts-core';
import type { CustomerOperatingDashboardSummaryOptions } from './builders.js';
import { customerOperatingDashboardContract } from './contract.js';
import type {
  CUSTOMER_OPERATING_DASHBOARD_OPERATION,
  CustomerOperatingDashboardCheck,
} from './vocabulary.js';

/** The readiness view of a `customer_operating_dashboard` summary. */
export type CustomerOperatingDashboardRollup = ContractRollup<
  typeof CUSTOMER_OPERATING_DASHBOARD_OPERATION,
  CustomerOperatingDashboardCheck,
  ReadinessStatus
>;

/**
 * Rolls a summary up: the worst of its seven statuses, each check's status, the checks
 * that need attention (anything but `ready`) and the blockers.
 *
 * @param summary A summary with its `tenant_id`; read-only lists are fine (validated here).
 * @returns The rollup.
 * @throws {ContractError} for an invalid summary.
 */
export function rollupCustomerOperatingDashboard(
  summary: CustomerOperatingDashboardSummaryOptions & { readonly tenant_id: string },
): CustomerOperatingDashboardRollup {
  return customerOperatingDashboardContract.rollup(summary);
}
