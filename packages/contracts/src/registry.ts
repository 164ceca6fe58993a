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
import handoffRequestV1 from '@cavra/support-handoff-readiness/schema/request.v1.json' with {
  type: 'json',
};
import handoffRequest from '@cavra/support-handoff-readiness/schema/request.v2.json' with {
  type: 'json',
};
import handoffResponseV1 from '@cavra/support-handoff-readiness/schema/response.v1.json' with {
  type: 'json',
};
import handoffResponse from '@cavra/support-handoff-readiness/schema/response.v2.json' with {
  type: 'json',
};
import { supportHandoffReadinessContract as supportHandoffReadinessV1 } from '@cavra/support-handoff-readiness/v1';

/** A JSON Schema document, as a contract package ships it. */
export type JsonSchema = Readonly<Record<string, unknown>>;

/** One published schema version of a contract: the contract and the JSON Schema files its package ships. */
export interface RegisteredVersion<TContract extends AnyContract = AnyContract> {
  /** The contract; its declaration names the operation, package, schema versions and compatibility route. */
  readonly contract: TContract;
  /** The shipped JSON Schema of each document (bundled, so no file is read). */
  readonly jsonSchemas: { readonly request: JsonSchema; readonly response: JsonSchema };
}

/** One registered operation: its newest version, and every published version of it. */
export interface RegisteredContract<TContract extends AnyContract = AnyContract>
  extends RegisteredVersion<TContract> {
  /** Every published version, oldest first; the last is this entry's own. */
  readonly versions: readonly RegisteredVersion[];
}

/**
 * Registers an older published version of a contract, for {@link registerContract}.
 *
 * @param contract The contract of that version (imported from its subpath, e.g. `/v1`).
 * @param request The JSON Schema of its request.
 * @param response The JSON Schema of its response.
 * @returns The frozen version entry.
 */
export function registerVersion<TContract extends AnyContract>(
  contract: TContract,
  request: JsonSchema,
  response: JsonSchema,
): RegisteredVersion<TContract> {
  return Object.freeze({ contract, jsonSchemas: Object.freeze({ request, response }) });
}

/**
 * Registers a contract at its newest version.
 *
 * @param contract The contract (its package's root export).
 * @param request The JSON Schema of its request.
 * @param response The JSON Schema of its response.
 * @param older The older published versions still served, oldest first (see {@link registerVersion}).
 * @returns The frozen registry entry.
 */
export function registerContract<TContract extends AnyContract>(
  contract: TContract,
  request: JsonSchema,
  response: JsonSchema,
  older: readonly RegisteredVersion[] = [],
): RegisteredContract<TContract> {
  const newest = registerVersion(contract, request, response);
  return Object.freeze({ ...newest, versions: Object.freeze([...older, newest]) });
}

/**
 * Every contract, in the order of DESIGN.md: the one list the CLI, the HTTP API, the OpenAPI
 * document, the benchmarks, the release rehearsal and the API docs iterate. Adding a contract
 * is its package plus one entry here.
 */
export const REGISTRY = Object.freeze([
  registerContract(customerOperatingDashboardContract, dashboardRequest, dashboardResponse),
  registerContract(supportHandoffReadinessContract, handoffRequest, handoffResponse, [
    registerVersion(supportHandoffReadinessV1, handoffRequestV1, handoffResponseV1),
  ]),
  registerContract(saasOperatingAutomationContract, automationRequest, automationResponse),
  registerContract(
    saasOperatingAutomationWorkerHandoffContract,
    workerHandoffRequest,
    workerHandoffResponse,
  ),
] as const);

/** The contracts of {@link REGISTRY} at their newest version, in the same order. */
export const CONTRACTS: readonly AnyContract[] = Object.freeze(
  REGISTRY.map((entry) => entry.contract),
);

/**
 * Every published version of every contract, in registry order and oldest first: the list
 * document recognition and validation read, so a document of any published version is checked
 * by the parser of exactly that version.
 */
export const PUBLISHED_CONTRACTS: readonly AnyContract[] = Object.freeze(
  REGISTRY.flatMap((entry) => entry.versions.map((version) => version.contract)),
);

/** The name of a registered operation. */
export type OperationName = (typeof REGISTRY)[number]['contract']['declaration']['operation'];
