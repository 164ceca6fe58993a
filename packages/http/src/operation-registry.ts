import { type AnyContract, DOCUMENT_KINDS, type DocumentKind } from '@cavra/contracts-core';
import { customerOperatingDashboardContract } from '@cavra/customer-operating-dashboard';
import dashboardRequestSchema from '@cavra/customer-operating-dashboard/schema/request.v1.json' with {
  type: 'json',
};
import dashboardResponseSchema from '@cavra/customer-operating-dashboard/schema/response.v1.json' with {
  type: 'json',
};
import { saasOperatingAutomationContract } from '@cavra/saas-operating-automation';
import automationRequestSchema from '@cavra/saas-operating-automation/schema/request.v1.json' with {
  type: 'json',
};
import automationResponseSchema from '@cavra/saas-operating-automation/schema/response.v1.json' with {
  type: 'json',
};
import { supportHandoffReadinessContract } from '@cavra/support-handoff-readiness';
import handoffRequestSchema from '@cavra/support-handoff-readiness/schema/request.v1.json' with {
  type: 'json',
};
import handoffResponseSchema from '@cavra/support-handoff-readiness/schema/response.v1.json' with {
  type: 'json',
};

export { DOCUMENT_KINDS, type DocumentKind };

/** A JSON Schema document, as shipped by a contract package. */
export type JsonSchema = Readonly<Record<string, unknown>>;

/** The name of an operation this API serves. */
export type OperationName =
  | typeof customerOperatingDashboardContract.spec.operation
  | typeof supportHandoffReadinessContract.spec.operation
  | typeof saasOperatingAutomationContract.spec.operation;

/**
 * One operation this API serves: the contract object its package exports (everything about
 * the contract is read from it, `contract.spec` included), and what only the HTTP layer needs.
 */
export interface OperationEntry {
  /** The contract. */
  readonly contract: AnyContract;
  /** The npm package that publishes the contract (named in the OpenAPI document). */
  readonly packageName: string;
  /** Path of the compatibility route of the reference implementation's API. */
  readonly compatPath: string;
  /** The JSON Schema of each document, as the package ships it (bundled, so no file is read). */
  readonly schemas: Readonly<Record<DocumentKind, JsonSchema>>;
}

/** Every operation this API serves, in the order they are listed. */
export const OPERATIONS: readonly OperationEntry[] = freezeEntries([
  {
    contract: customerOperatingDashboardContract,
    packageName: '@cavra/customer-operating-dashboard',
    compatPath: '/saas/customer-operating-dashboard',
    schemas: { request: dashboardRequestSchema, response: dashboardResponseSchema },
  },
  {
    contract: supportHandoffReadinessContract,
    packageName: '@cavra/support-handoff-readiness',
    compatPath: '/saas/support-handoff-readiness',
    schemas: { request: handoffRequestSchema, response: handoffResponseSchema },
  },
  {
    contract: saasOperatingAutomationContract,
    packageName: '@cavra/saas-operating-automation',
    compatPath: '/saas/operating-automation',
    schemas: { request: automationRequestSchema, response: automationResponseSchema },
  },
]);

/** The contracts of {@link OPERATIONS}, in the same order. */
export const CONTRACTS: readonly AnyContract[] = Object.freeze(
  OPERATIONS.map((entry) => entry.contract),
);

/** The operation names, in order. */
export const OPERATION_NAMES: readonly OperationName[] = Object.freeze(
  OPERATIONS.map((entry) => entry.contract.spec.operation as OperationName),
);

/**
 * Looks an operation up by name.
 *
 * @param name Any string, e.g. a path segment.
 * @returns The operation, or `undefined` for a name no contract declares.
 */
export function findOperation(name: string): OperationEntry | undefined {
  return OPERATIONS.find((entry) => entry.contract.spec.operation === name);
}

function freezeEntries(entries: readonly OperationEntry[]): readonly OperationEntry[] {
  return Object.freeze(
    entries.map((entry) =>
      Object.freeze({ ...entry, schemas: Object.freeze({ ...entry.schemas }) }),
    ),
  );
}
