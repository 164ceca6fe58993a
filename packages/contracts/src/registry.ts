import type { AnyContract } from '@cavra/contracts-core';
import { customerOperatingDashboardContract } from '@cavra/customer-operating-dashboard';
import dashboardRequest from '@cavra/customer-operating-dashboard/schema/request.v1.json' with {
  type: 'json',
};
import dashboardResponse from '@cavra/customer-operating-dashboard/schema/response.v1.json' with {
  type: 'json',
};
import { saasOperatingAutomationContract } from '@cavra/saas-operating-automation';
import automationRequest from '@cavra/saas-operating-automation/schema/request.v1.json' with {
  type: 'json',
};
import automationResponse from '@cavra/saas-operating-automation/schema/response.v1.json' with {
  type: 'json',
};
import { saasOperatingAutomationWorkerHandoffContract } from '@cavra/saas-operating-automation-worker-handoff';
import workerHandoffRequest from '@cavra/saas-operating-automation-worker-handoff/schema/request.v1.json' with {
  type: 'json',
};
import workerHandoffResponse from '@cavra/saas-operating-automation-worker-handoff/schema/response.v1.json' with {
  type: 'json',
};
import { supportHandoffReadinessContract } from '@cavra/support-handoff-readiness';
import handoffRequest from '@cavra/support-handoff-readiness/schema/request.v1.json' with {
  type: 'json',
};
import handoffResponse from '@cavra/support-handoff-readiness/schema/response.v1.json' with {
  type: 'json',
};

/** A JSON Schema document, as a contract package ships it. */
export type JsonSchema = Readonly<Record<string, unknown>>;

/** One registered contract: the contract and the JSON Schema files its package ships. */
export interface RegisteredContract<TContract extends AnyContract = AnyContract> {
  /** The contract; its declaration names the operation, package and compatibility route. */
  readonly contract: TContract;
  /** The shipped JSON Schema of each document (bundled, so no file is read). */
  readonly jsonSchemas: { readonly request: JsonSchema; readonly response: JsonSchema };
}

/**
 * Registers a contract.
 *
 * @param contract The contract.
 * @param request The JSON Schema of its request.
 * @param response The JSON Schema of its response.
 * @returns The frozen registry entry.
 */
export function registerContract<TContract extends AnyContract>(
  contract: TContract,
  request: JsonSchema,
  response: JsonSchema,
): RegisteredContract<TContract> {
  return Object.freeze({ contract, jsonSchemas: Object.freeze({ request, response }) });
}

/**
 * Every contract, in the order of DESIGN.md: the one list the CLI, the HTTP API, the OpenAPI
 * document, the benchmarks, the release rehearsal and the API docs iterate. Adding a contract
 * is its package plus one entry here.
 */
export const REGISTRY = Object.freeze([
  registerContract(customerOperatingDashboardContract, dashboardRequest, dashboardResponse),
  registerContract(supportHandoffReadinessContract, handoffRequest, handoffResponse),
  registerContract(saasOperatingAutomationContract, automationRequest, automationResponse),
  registerContract(
    saasOperatingAutomationWorkerHandoffContract,
    workerHandoffRequest,
    workerHandoffResponse,
  ),
] as const);

/** The contracts of {@link REGISTRY}, in the same order. */
export const CONTRACTS: readonly AnyContract[] = Object.freeze(
  REGISTRY.map((entry) => entry.contract),
);

/** The name of a registered operation. */
export type OperationName = (typeof REGISTRY)[number]['contract']['declaration']['operation'];
