import {
  type ConsoleContract,
  consoleContract,
  type TenantView,
  tenantView,
} from '@cavra/contracts-console';
import type { AnyContract } from '@cavra/contracts-core';
import type { WireDocument } from '../document/wire-document.js';
import { CONTRACTS } from '../operations/registry.js';

/**
 * The readiness view of one response, as `report` prints it: the console's tenant view, so
 * the terminal, Markdown, JSON and HTML reports say the same thing.
 */
export type ReadinessReport = TenantView;

/** The console data of every contract the CLI knows, in registry order. */
export const CONSOLE_CONTRACTS: readonly ConsoleContract[] = CONTRACTS.map(consoleContract);

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
  const data =
    CONSOLE_CONTRACTS.find((entry) => entry.operation === contract.spec.operation) ??
    consoleContract(contract);
  return tenantView(data, response, request, source);
}
