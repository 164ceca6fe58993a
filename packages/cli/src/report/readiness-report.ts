import {
  type ConsoleContract,
  consoleContract,
  type TenantView,
  tenantView,
} from '@cavra/contracts-console';
import type { AnyContract } from '@cavra/contracts-core';
import type { WireDocument } from '../document/wire-document.js';
import { CONTRACTS, PUBLISHED_CONTRACTS } from '../operations/registry.js';

/**
 * The readiness view of one response, as `report` prints it: the console's tenant view, so
 * the terminal, Markdown, JSON and HTML reports say the same thing.
 */
export type ReadinessReport = TenantView;

/** The console data of every contract the CLI knows, in registry order. */
export const CONSOLE_CONTRACTS: readonly ConsoleContract[] = CONTRACTS.map(consoleContract);

/** The console data of every published version of every contract. */
const CONSOLE_VERSIONS: ReadonlyMap<AnyContract, ConsoleContract> = new Map(
  PUBLISHED_CONTRACTS.map((contract) => [contract, consoleContract(contract)]),
);

/**
 * The console data of one contract version, so a document is shown with the checks and
 * fields of the version it carries (a v1 response has no field for a check v2 reports).
 *
 * @param contract A published contract version, e.g. `checkDocument`'s `contract`.
 * @returns Its console data.
 */
export function consoleContractOf(contract: AnyContract): ConsoleContract {
  return CONSOLE_VERSIONS.get(contract) ?? consoleContract(contract);
}

/**
 * Builds the readiness view of a valid response: one overall status with its reason, the
 * service's own overall claims beside it, each check with its status or why it has none.
 *
 * @param contract The contract of the response's operation.
 * @param response A valid response.
 * @param request The matching request, or `null`.
 * @param source Where the document came from, or `null`.
 * @returns The report.
 */
export function buildReport(
  contract: AnyContract,
  response: WireDocument,
  request: WireDocument | null,
  source: string | null = null,
): ReadinessReport {
  return tenantView(consoleContractOf(contract), response, request, source);
}
