import type { AnyContract } from '@cavra/contracts-core';
import { customerOperatingDashboardContract } from '@cavra/customer-operating-dashboard';
import { saasOperatingAutomationContract } from '@cavra/saas-operating-automation';
import { supportHandoffReadinessContract } from '@cavra/support-handoff-readiness';

/**
 * One operation as the CLI serves it: the contract object its package exports (every
 * command reads the contract from it, `contract.spec` included), and the package itself,
 * where `schema` finds the shipped JSON Schema files.
 */
export interface CliOperation {
  /** The contract. */
  readonly contract: AnyContract;
  /** The npm package that holds the contract and ships `schema/<kind>.v1.json`. */
  readonly packageName: string;
}

/** Every operation the CLI knows, in the order of DESIGN.md. */
export const OPERATIONS: readonly CliOperation[] = [
  {
    contract: customerOperatingDashboardContract,
    packageName: '@cavra/customer-operating-dashboard',
  },
  { contract: supportHandoffReadinessContract, packageName: '@cavra/support-handoff-readiness' },
  { contract: saasOperatingAutomationContract, packageName: '@cavra/saas-operating-automation' },
];

/** The contracts of {@link OPERATIONS}, in the same order. */
export const CONTRACTS: readonly AnyContract[] = OPERATIONS.map((entry) => entry.contract);

/**
 * Finds an operation by name.
 *
 * @param name The operation name, e.g. `support_handoff_readiness`.
 * @returns The operation, or `undefined` for an unknown name.
 */
export function findOperation(name: unknown): CliOperation | undefined {
  return OPERATIONS.find((entry) => entry.contract.spec.operation === name);
}

/** The operation names, in order. */
export const OPERATION_NAMES: readonly string[] = CONTRACTS.map(
  (contract) => contract.spec.operation,
);
