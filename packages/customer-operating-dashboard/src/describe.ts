import type { ContractDescription, ReadinessStatus } from '@cavra/contracts-core';
import { customerOperatingDashboardContract } from './contract.js';
import type {
  CUSTOMER_OPERATING_DASHBOARD_OPERATION,
  CustomerOperatingDashboardCheck,
} from './vocabulary.js';

/** The public description of the `customer_operating_dashboard` contract. */
export type CustomerOperatingDashboardDescription = ContractDescription<
  typeof CUSTOMER_OPERATING_DASHBOARD_OPERATION,
  CustomerOperatingDashboardCheck,
  ReadinessStatus
>;

/**
 * Describes the `customer_operating_dashboard` contract: request and response fields,
 * checks with their summary fields, statuses, private modules, boundary and limits.
 *
 * @returns The description, a plain JSON value.
 */
export function describeCustomerOperatingDashboard(): CustomerOperatingDashboardDescription {
  return customerOperatingDashboardContract.describe();
}
