import {
  type ContractTypes,
  defineContract,
  describeContract,
  rollupSummary,
} from '@cavra/contracts-core';
import { customerOperatingDashboardDeclaration as declaration } from './declaration.js';

export { ContractError, type ContractIssue, type ContractResult } from '@cavra/contracts-core';
export {
  CUSTOMER_OPERATING_DASHBOARD_BOUNDARY,
  CUSTOMER_OPERATING_DASHBOARD_CHECK_FIELDS,
  CUSTOMER_OPERATING_DASHBOARD_CHECKS,
  CUSTOMER_OPERATING_DASHBOARD_OPERATION,
  CUSTOMER_OPERATING_DASHBOARD_PRIVATE_MODULES,
  CUSTOMER_OPERATING_DASHBOARD_STATUS_FIELDS,
  CUSTOMER_OPERATING_DASHBOARD_STATUSES,
  customerOperatingDashboardDeclaration,
  DEFAULT_DASHBOARD_SCOPE,
  DEFAULT_EVIDENCE_WINDOW,
} from './declaration.js';

type T = ContractTypes<typeof declaration>;

/**
 * The whole contract as one object: its declaration, schemas and functions. The registry
 * (`@cavra/contracts`) lists it for the CLI and the HTTP API.
 */
export const customerOperatingDashboardContract = defineContract(declaration);
const contract = customerOperatingDashboardContract;

/** One check name of this contract. */
export type CustomerOperatingDashboardCheck = T['check'];
/** One summary status field of this contract. */
export type CustomerOperatingDashboardStatusField = T['statusField'];
/** A request payload as validated. */
export type CustomerOperatingDashboardPayload = T['payload'];
/** A request as it travels on the wire. */
export type CustomerOperatingDashboardRequest = T['request'];
/** A summary with its defaults filled. */
export type CustomerOperatingDashboardSummary = T['summary'];
/** A summary as a caller may give it: fields with defaults are optional. */
export type CustomerOperatingDashboardSummaryInput = T['summaryInput'];
/** A response as it travels on the wire. */
export type CustomerOperatingDashboardResponse = T['response'];
/** Options of {@link buildCustomerOperatingDashboardRequest}, by their wire names. */
export type CustomerOperatingDashboardRequestOptions = T['requestOptions'];
/** The summary {@link buildCustomerOperatingDashboardResponse} takes; `tenant_id` comes from the request. */
export type CustomerOperatingDashboardSummaryOptions = T['summaryOptions'];
/** The public description of the contract. */
export type CustomerOperatingDashboardDescription = T['description'];
/** The readiness view of a summary. */
export type CustomerOperatingDashboardRollup = T['rollup'];

/** Schema of the request payload; every field has a default. Runs the guard. */
export const CustomerOperatingDashboardPayloadSchema = contract.payloadSchema;
/** Schema of the request (`cavra.saas_control_plane.request.v1`). Runs the guard. */
export const CustomerOperatingDashboardRequestSchema = contract.requestSchema;
/** Schema of the summary; the seven status fields are required. Runs the guard. */
export const CustomerOperatingDashboardSummarySchema = contract.summarySchema;
/** Schema of the response (`cavra.saas_control_plane.response.v1`). Runs the guard. */
export const CustomerOperatingDashboardResponseSchema = contract.responseSchema;

/**
 * Builds a `customer_operating_dashboard` request, filling the defaults of every field left
 * out and generating a correlation id unless one is given.
 *
 * @param tenantId The tenant whose dashboard readiness is asked about.
 * @param options `requested_by`, `correlation_id` and the payload fields.
 * @returns The request, ready for `JSON.stringify`.
 * @throws {ContractError} when a value breaks the contract or carries secret material.
 *
 * @example
 * const request = buildCustomerOperatingDashboardRequest('tenant-acme', {
 *   required_checks: ['billing_observability', 'release_acceptance'],
 * });
 */
export const buildCustomerOperatingDashboardRequest = contract.buildRequest;

/**
 * Builds the response to a `customer_operating_dashboard` request. The summary is validated
 * and its defaults filled: `tenant_id`, `dashboard_scope` and `dashboard_boundary` come from
 * the request unless given.
 *
 * @param request A request of this operation.
 * @param summary The seven statuses, and optionally the other summary fields.
 * @param options `status`, default `requires_private_service`.
 * @returns The response, ready for `JSON.stringify`.
 * @throws {ContractError} for a request of another operation, an invalid summary, or secret material.
 */
export const buildCustomerOperatingDashboardResponse = contract.buildResponse;

/**
 * Parses an untrusted `customer_operating_dashboard` request: strict, guarded, defaults filled.
 *
 * @param input Any value, e.g. `JSON.parse` of a body.
 * @returns The request.
 * @throws {ContractError} listing every issue with its JSON path.
 */
export const parseCustomerOperatingDashboardRequest = contract.parseRequest;

/**
 * Parses an untrusted `customer_operating_dashboard` response: strict, guarded, defaults filled.
 *
 * @param input Any value.
 * @returns The response.
 * @throws {ContractError} listing every issue with its JSON path.
 */
export const parseCustomerOperatingDashboardResponse = contract.parseResponse;

/**
 * Parses an untrusted request without throwing.
 *
 * @param input Any value.
 * @returns `{ success: true, output }` or `{ success: false, error, issues }`.
 */
export const safeParseCustomerOperatingDashboardRequest = contract.safeParseRequest;

/**
 * Parses an untrusted response without throwing.
 *
 * @param input Any value.
 * @returns `{ success: true, output }` or `{ success: false, error, issues }`.
 */
export const safeParseCustomerOperatingDashboardResponse = contract.safeParseResponse;

/**
 * Describes the contract: request and response fields, checks with their summary fields,
 * statuses, private modules, boundary and limits.
 *
 * @returns The description, a plain JSON value.
 */
export const describeCustomerOperatingDashboard = (): T['description'] =>
  describeContract(contract);

/**
 * Rolls a summary up: the worst status of the seven checks (see `READINESS_SEVERITY`), each
 * check's status, the checks that need attention and the blockers.
 *
 * @param summary A summary with its `tenant_id`; validated here.
 * @returns The rollup.
 * @throws {ContractError} for an invalid summary.
 */
export const rollupCustomerOperatingDashboard = (
  summary: T['summaryOptions'] & { readonly tenant_id: string },
): T['rollup'] => rollupSummary(contract, summary);
