import type {
  ContractDescription,
  ContractResult,
  ContractRollup,
  ResponseStatus,
} from '@cavra/contracts-core';

/**
 * The little the CLI reads of a valibot object schema: its entries, each with a `type`
 * and, for wrappers such as `optional`, the wrapped schema; for picklists, the options.
 */
export interface SchemaShape {
  readonly type: string;
  readonly wrapped?: SchemaShape;
  readonly options?: readonly unknown[];
}

/** A valibot object schema as the CLI reads it. */
export interface ObjectSchemaShape {
  readonly entries: Readonly<Record<string, SchemaShape>>;
}

/** A request or response as the contract packages return it: a plain JSON object. */
export type WireDocument = Readonly<Record<string, unknown>>;

/**
 * One operation as the CLI sees it: the functions and schemas of its contract package,
 * behind one interface so every command treats the three operations alike.
 */
export interface OperationContract {
  /** The operation name, e.g. `customer_operating_dashboard`. */
  readonly operation: string;
  /** The npm package that holds the contract (and its JSON Schema files). */
  readonly packageName: string;
  /** The status vocabulary of the summary. */
  readonly statuses: readonly string[];
  /** The same vocabulary from worst to best. */
  readonly severity: readonly string[];
  /** The statuses that need no attention. */
  readonly satisfied: readonly string[];
  /** Check → summary status field (or `null`), in contract order. */
  readonly checkFields: Readonly<Record<string, string | null>>;
  /** The strict schema of the request payload. */
  readonly payloadSchema: ObjectSchemaShape;
  /** The strict schema of the response summary. */
  readonly summarySchema: ObjectSchemaShape;
  /** Builds a request; throws `ContractError`. */
  buildRequest(tenantId: string, options: Readonly<Record<string, unknown>>): WireDocument;
  /** Builds the response to a request; throws `ContractError`. */
  buildResponse(
    request: WireDocument,
    summary: Readonly<Record<string, unknown>>,
    status: ResponseStatus | undefined,
  ): WireDocument;
  /** Parses an untrusted request; never throws. */
  safeParseRequest(input: unknown): ContractResult<WireDocument>;
  /** Parses an untrusted response; never throws. */
  safeParseResponse(input: unknown): ContractResult<WireDocument>;
  /** The readiness view of a summary; throws `ContractError`. */
  rollup(summary: unknown): ContractRollup<string, string, string>;
  /** The public description of the contract. */
  describe(): ContractDescription<string, string, string>;
}
