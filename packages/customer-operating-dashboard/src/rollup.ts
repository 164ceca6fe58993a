import type { ContractRollup, ReadinessStatus } from '@cavra/contracts-core';
import { customerOperatingDashboard } from './contract.js';
import type { CustomerOperatingDashboardSummaryInput } from './schemas.js';
import type { CustomerOperatingDashboardCheck } from './vocabulary.js';

/** The readiness view of a `customer_operating_dashboard` summary. */
export type CustomerOperatingDashboardRollup = ContractRollup<
  'customer_operating_dashboard',
  CustomerOperatingDashboardCheck,
  ReadinessStatus
>;

/**
 * Rolls a summary up: the worst of its seven statuses, each check's status, the checks
 * that need attention (anything but `ready`) and the blockers.
 *
 * @param summary A summary (validated here).
 * @returns The rollup.
 * @throws {ContractError} for an invalid summary.
 */
export function rollupCustomerOperatingDashboard(
  summary: CustomerOperatingDashboardSummaryInput,
): CustomerOperatingDashboardRollup {
  return customerOperatingDashboard.rollup(summary);
}
