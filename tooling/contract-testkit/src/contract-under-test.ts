import type { ContractResult, ContractRollup } from '@cavra/contracts-core';
import { type SchemaVersions, V1 } from '@cavra/contracts-core';
import type fc from 'fast-check';
import type * as v from 'valibot';

/**
 * The public functions and schemas of one contract package, as the conformance suite calls
 * them. Methods (not function properties) so that a package's precisely typed functions
 * can be passed in as they are.
 */
export interface ContractApi {
  /** `buildXRequest`. */
  buildRequest(tenantId: string, options?: object): unknown;
  /** `buildXResponse`. */
  buildResponse(request: unknown, summary: object, options?: object): unknown;
  /** `parseXRequest`. */
  parseRequest(input: unknown): unknown;
  /** `parseXResponse`. */
  parseResponse(input: unknown): unknown;
  /** `safeParseXRequest`. */
  safeParseRequest(input: unknown): ContractResult<unknown>;
  /** `safeParseXResponse`. */
  safeParseResponse(input: unknown): ContractResult<unknown>;
  /** `describeX`. */
  describe(): unknown;
  /** `rollupX`. */
  rollup(summary: unknown): ContractRollup<string, string, string>;
  /** `XRequestSchema`. */
  readonly requestSchema: v.GenericSchema;
  /** `XResponseSchema`. */
  readonly responseSchema: v.GenericSchema;
  /** The strict request schema without the guard (`xContract.spec.requestSchema`). */
  readonly unguardedRequestSchema: v.GenericSchema;
}

/**
 * What DESIGN.md fixes for one contract, written out literally in the package's test so that
 * the suite checks the package against the design, not against itself.
 */
export interface ContractFacts {
  /** The operation name. */
  readonly operation: string;
  /** Check → summary field (or `null`), in contract order. */
  readonly checkFields: Readonly<Record<string, string | null>>;
  /** Summary status fields beside the checks' that count in the rollup (`automation_status`). */
  readonly overallFields: readonly string[];
  /** The summary's status vocabulary. */
  readonly statuses: readonly string[];
  /** The same vocabulary from worst to best (the rollup order). */
  readonly severity: readonly string[];
  /** Statuses that need no attention. */
  readonly satisfied: readonly string[];
  /** Private modules, in order. */
  readonly privateModules: readonly string[];
  /** Every request payload field with its default, in wire order. */
  readonly payloadDefaults: Readonly<Record<string, unknown>>;
  /** Payload fields that are short labels (scopes, window, cadence, tier). */
  readonly payloadLabelFields: readonly string[];
  /** The payload's free-text boundary field. */
  readonly boundaryField: string;
  /** Every summary field, in wire order. */
  readonly summaryFields: readonly string[];
  /** Defaults of summary fields that do not come from the request. */
  readonly summaryDefaults: Readonly<Record<string, unknown>>;
  /** Summary fields whose default is the request payload's value of the same name. */
  readonly inheritedFields: readonly string[];
  /** Summary fields that are short labels. */
  readonly summaryLabelFields: readonly string[];
  /** Another contract's operation, for mismatch tests. */
  readonly foreignOperation: string;
  /** A check of another contract, never valid here. */
  readonly foreignCheck: string;
  /** A private module of another contract, never valid here. */
  readonly foreignModule: string;
  /** A status of the other vocabulary, never valid here. */
  readonly foreignStatus: string;
  /** The schema versions the contract's documents carry; default v1's. */
  readonly versions?: SchemaVersions;
  /** Summary status fields that have a default (the others are required). */
  readonly statusDefaults?: Readonly<Record<string, string>>;
  /**
   * For inherited fields that are not free text: a request value and a different summary
   * value (e.g. a worker mode, a list of checks). Free-text fields use generated strings.
   */
  readonly inheritedSamples?: Readonly<Record<string, readonly [unknown, unknown]>>;
}

/** A contract to put through the conformance suite: its API and the design's facts. */
export interface ContractUnderTest {
  /** The package's functions and schemas. */
  readonly api: ContractApi;
  /** The design's facts. */
  readonly facts: ContractFacts;
  /** Valid values of the contract's extra summary fields (e.g. `latest_dashboard_at`). */
  readonly summaryExtras?: fc.Arbitrary<Record<string, unknown>>;
  /** Hand-picked valid and invalid values of extra summary fields, checked by every validator. */
  readonly summarySamples?: Readonly<
    Record<string, { readonly valid: readonly unknown[]; readonly invalid: readonly unknown[] }>
  >;
}

/**
 * The schema versions of the contract under test.
 *
 * @param facts The contract's facts.
 * @returns `facts.versions`, or v1's when not given.
 */
export function versionsOf(facts: ContractFacts): SchemaVersions {
  return facts.versions ?? V1;
}
