import type { ContractDescription, ContractResult, ResponseOptions } from '@cavra/contracts-core';
import {
  buildCustomerOperatingDashboardRequest,
  buildCustomerOperatingDashboardResponse,
  CUSTOMER_OPERATING_DASHBOARD_OPERATION,
  CUSTOMER_OPERATING_DASHBOARD_STATUS_FIELDS,
  describeCustomerOperatingDashboard,
  safeParseCustomerOperatingDashboardRequest,
  safeParseCustomerOperatingDashboardResponse,
} from '@cavra/customer-operating-dashboard';
import dashboardRequestSchema from '@cavra/customer-operating-dashboard/schema/request.v1.json' with {
  type: 'json',
};
import dashboardResponseSchema from '@cavra/customer-operating-dashboard/schema/response.v1.json' with {
  type: 'json',
};
import {
  buildSaasOperatingAutomationRequest,
  buildSaasOperatingAutomationResponse,
  describeSaasOperatingAutomation,
  SAAS_OPERATING_AUTOMATION_OPERATION,
  SAAS_OPERATING_AUTOMATION_OVERALL_FIELD,
  SAAS_OPERATING_AUTOMATION_STATUS_FIELDS,
  safeParseSaasOperatingAutomationRequest,
  safeParseSaasOperatingAutomationResponse,
} from '@cavra/saas-operating-automation';
import automationRequestSchema from '@cavra/saas-operating-automation/schema/request.v1.json' with {
  type: 'json',
};
import automationResponseSchema from '@cavra/saas-operating-automation/schema/response.v1.json' with {
  type: 'json',
};
import {
  buildSupportHandoffReadinessRequest,
  buildSupportHandoffReadinessResponse,
  describeSupportHandoffReadiness,
  SUPPORT_HANDOFF_READINESS_OPERATION,
  SUPPORT_HANDOFF_READINESS_STATUS_FIELDS,
  safeParseSupportHandoffReadinessRequest,
  safeParseSupportHandoffReadinessResponse,
} from '@cavra/support-handoff-readiness';
import handoffRequestSchema from '@cavra/support-handoff-readiness/schema/request.v1.json' with {
  type: 'json',
};
import handoffResponseSchema from '@cavra/support-handoff-readiness/schema/response.v1.json' with {
  type: 'json',
};

/** A JSON Schema document, as shipped by a contract package. */
export type JsonSchema = Readonly<Record<string, unknown>>;

/** The two documents of an operation. */
export type DocumentKind = 'request' | 'response';

/** The document kinds, in the order routes and the OpenAPI document list them. */
export const DOCUMENT_KINDS: readonly DocumentKind[] = ['request', 'response'];

/** The name of an operation this API serves. */
export type OperationName =
  | typeof CUSTOMER_OPERATING_DASHBOARD_OPERATION
  | typeof SUPPORT_HANDOFF_READINESS_OPERATION
  | typeof SAAS_OPERATING_AUTOMATION_OPERATION;

/**
 * Everything the HTTP layer needs about one operation, taken from its contract package:
 * the functions, the field lists of its description, its status fields and its shipped
 * JSON Schema documents. Nothing here restates a vocabulary.
 */
export interface OperationEntry {
  /** The operation name (`customer_operating_dashboard`). */
  readonly operation: OperationName;
  /** The operation in words. */
  readonly title: string;
  /** The npm package that publishes the contract. */
  readonly packageName: string;
  /** Path of the compatibility route of the reference implementation's API. */
  readonly compatPath: string;
  /** Request payload fields, in contract order. */
  readonly payloadFields: readonly string[];
  /** Summary fields, in contract order. */
  readonly summaryFields: readonly string[];
  /** Summary status fields (overall first, then one per check), in contract order. */
  readonly statusFields: readonly string[];
  /** The shipped JSON Schema of each document. */
  readonly schemas: Readonly<Record<DocumentKind, JsonSchema>>;
  /** Builds a request; throws `ContractError`. */
  buildRequest(tenantId: unknown, options: object): unknown;
  /** Builds a response to a request; throws `ContractError`. */
  buildResponse(request: unknown, summary: object, options: ResponseOptions): unknown;
  /** Parses a document of one kind; never throws. */
  safeParse(kind: DocumentKind, input: unknown): ContractResult<unknown>;
  /** The contract's description. */
  describe(): ContractDescription<OperationName, string, string>;
}

/** The functions and facts a contract package exports, as {@link defineEntry} takes them. */
interface EntrySource<TOperation extends OperationName, TOptions, TRequest, TSummary> {
  readonly operation: TOperation;
  readonly packageName: string;
  readonly compatPath: string;
  readonly statusFields: readonly string[];
  readonly requestSchema: JsonSchema;
  readonly responseSchema: JsonSchema;
  readonly buildRequest: (tenantId: string, options: TOptions) => TRequest;
  readonly buildResponse: (
    request: TRequest,
    summary: TSummary,
    options: ResponseOptions,
  ) => unknown;
  readonly safeParseRequest: (input: unknown) => ContractResult<unknown>;
  readonly safeParseResponse: (input: unknown) => ContractResult<unknown>;
  readonly describe: () => ContractDescription<TOperation, string, string>;
}

/**
 * Wraps a contract package's typed functions for untyped HTTP input. The casts only
 * widen the parameter types: every function validates its input at run time and throws
 * `ContractError` for anything off-contract.
 */
function defineEntry<TOperation extends OperationName, TOptions, TRequest, TSummary>(
  source: EntrySource<TOperation, TOptions, TRequest, TSummary>,
): OperationEntry {
  const description = source.describe();
  return Object.freeze({
    operation: source.operation,
    title: description.title,
    packageName: source.packageName,
    compatPath: source.compatPath,
    payloadFields: description.request.payload_fields,
    summaryFields: description.response.summary_fields,
    statusFields: source.statusFields,
    schemas: Object.freeze({ request: source.requestSchema, response: source.responseSchema }),
    buildRequest: (tenantId: unknown, options: object) =>
      source.buildRequest(tenantId as string, options as TOptions),
    buildResponse: (request: unknown, summary: object, options: ResponseOptions) =>
      source.buildResponse(request as TRequest, summary as TSummary, options),
    safeParse: (kind: DocumentKind, input: unknown) =>
      kind === 'request' ? source.safeParseRequest(input) : source.safeParseResponse(input),
    describe: source.describe,
  });
}

/** Every operation this API serves, in the order they are listed. */
export const OPERATIONS: readonly OperationEntry[] = Object.freeze([
  defineEntry({
    operation: CUSTOMER_OPERATING_DASHBOARD_OPERATION,
    packageName: '@cavra/customer-operating-dashboard',
    compatPath: '/saas/customer-operating-dashboard',
    statusFields: CUSTOMER_OPERATING_DASHBOARD_STATUS_FIELDS,
    requestSchema: dashboardRequestSchema,
    responseSchema: dashboardResponseSchema,
    buildRequest: buildCustomerOperatingDashboardRequest,
    buildResponse: buildCustomerOperatingDashboardResponse,
    safeParseRequest: safeParseCustomerOperatingDashboardRequest,
    safeParseResponse: safeParseCustomerOperatingDashboardResponse,
    describe: describeCustomerOperatingDashboard,
  }),
  defineEntry({
    operation: SUPPORT_HANDOFF_READINESS_OPERATION,
    packageName: '@cavra/support-handoff-readiness',
    compatPath: '/saas/support-handoff-readiness',
    statusFields: SUPPORT_HANDOFF_READINESS_STATUS_FIELDS,
    requestSchema: handoffRequestSchema,
    responseSchema: handoffResponseSchema,
    buildRequest: buildSupportHandoffReadinessRequest,
    buildResponse: buildSupportHandoffReadinessResponse,
    safeParseRequest: safeParseSupportHandoffReadinessRequest,
    safeParseResponse: safeParseSupportHandoffReadinessResponse,
    describe: describeSupportHandoffReadiness,
  }),
  defineEntry({
    operation: SAAS_OPERATING_AUTOMATION_OPERATION,
    packageName: '@cavra/saas-operating-automation',
    compatPath: '/saas/operating-automation',
    statusFields: [
      SAAS_OPERATING_AUTOMATION_OVERALL_FIELD,
      ...SAAS_OPERATING_AUTOMATION_STATUS_FIELDS,
    ],
    requestSchema: automationRequestSchema,
    responseSchema: automationResponseSchema,
    buildRequest: buildSaasOperatingAutomationRequest,
    buildResponse: buildSaasOperatingAutomationResponse,
    safeParseRequest: safeParseSaasOperatingAutomationRequest,
    safeParseResponse: safeParseSaasOperatingAutomationResponse,
    describe: describeSaasOperatingAutomation,
  }),
]);

const BY_NAME = new Map<string, OperationEntry>(
  OPERATIONS.map((entry) => [entry.operation, entry]),
);

/**
 * Looks an operation up by name.
 *
 * @param name Any string, e.g. a path segment.
 * @returns The operation, or `undefined` for a name no contract declares.
 */
export function findOperation(name: string): OperationEntry | undefined {
  return BY_NAME.get(name);
}

/** The operation names, in order. */
export const OPERATION_NAMES: readonly OperationName[] = OPERATIONS.map((entry) => entry.operation);
