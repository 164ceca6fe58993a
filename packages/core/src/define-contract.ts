import * as v from 'valibot';
import { boundedSafeParse } from './bounded-safe-parse.js';
import { checksOf } from './check-fields.js';
import { ContractError } from './contract-error.js';
import { contractStatusFields } from './contract-status-fields.js';
import { createCorrelationId } from './correlation-id.js';
import { toGuardIssues } from './guard/assert-public-safe.js';
import { findSensitiveMaterial } from './guard/find-sensitive-material.js';
import { guardedValidator, UNSURE } from './guarded-validator.js';
import { LIMITS } from './limits.js';
import { findNonObjects } from './object-shapes.js';
import { type ContractResult, captureContractResult, toContractError } from './parse-result.js';
import { rollupStatus } from './rollup.js';
import {
  CONTRACT_SCHEMA_VERSION,
  REQUEST_SCHEMA_VERSION,
  RESPONSE_SCHEMA_VERSION,
} from './schema-versions.js';
import { DEFAULT_RESPONSE_STATUS, RESPONSE_STATUSES, type ResponseStatus } from './statuses.js';
import { valibotIssuesToContract } from './valibot-bridge.js';

/** A strict object schema of any entries, as produced by `v.strictObject`. */
export type AnyStrictObjectSchema = v.StrictObjectSchema<v.ObjectEntries, undefined>;

/** Everything a contract package declares; {@link defineContract} derives the rest. */
export interface ContractSpec<
  TOperation extends string,
  TCheck extends string,
  TStatus extends string,
  TPayload extends AnyStrictObjectSchema,
  TSummary extends AnyStrictObjectSchema,
  TRequest extends v.GenericSchema,
  TResponse extends v.GenericSchema,
> {
  /** The operation name. */
  readonly operation: TOperation;
  /** The operation in words, for messages (`customer operating dashboard`). */
  readonly title: string;
  /** Check → summary field (or `null`). */
  readonly checkFields: Readonly<Record<TCheck, string | null>>;
  /** Summary status fields that count in the rollup besides the checks' (e.g. `automation_status`). */
  readonly overallFields?: readonly string[];
  /** The status vocabulary of the summary. */
  readonly statuses: readonly TStatus[];
  /** The same vocabulary from worst to best. */
  readonly severity: readonly TStatus[];
  /** Statuses that need no attention. */
  readonly satisfied: readonly TStatus[];
  /** The private modules a real evaluation needs, in order. */
  readonly privateModules: readonly string[];
  /** Boundary text: what the public contract does and does not do. */
  readonly boundary: string;
  /** Summary fields filled from the request payload when the caller leaves them out. */
  readonly inheritedFields: readonly (keyof TPayload['entries'] & keyof TSummary['entries'])[];
  /** Strict schema of the request payload. */
  readonly payloadSchema: TPayload;
  /** Strict schema of the summary. */
  readonly summarySchema: TSummary;
  /** Strict schema of the request envelope. */
  readonly requestSchema: TRequest;
  /** Strict schema of the response envelope. */
  readonly responseSchema: TResponse;
}

/** Options every request builder takes besides the payload fields. */
export interface EnvelopeOptions {
  /** Who asks; default `community`. */
  readonly requested_by?: string | undefined;
  /** Correlation id to reuse; a fresh one is generated when absent. */
  readonly correlation_id?: string | undefined;
}

/** An array type made read-only; other types (also `undefined` beside an array) unchanged. */
export type AsReadonlyArray<T> = T extends readonly (infer TItem)[] ? readonly TItem[] : T;

/** Arrays accepted read-only, so constant lists can be passed as they are. */
export type ReadonlyArrays<T> = {
  readonly [K in keyof T]: AsReadonlyArray<T[K]>;
};

/**
 * Options of a request builder: the envelope options plus every payload field, by its
 * wire name, all optional.
 */
export type RequestBuilderOptions<TPayload extends v.GenericSchema> = EnvelopeOptions &
  Partial<ReadonlyArrays<v.InferInput<TPayload>>>;

/**
 * The summary a response builder takes: the summary's input type, with `tenant_id`
 * optional (it comes from the request).
 */
export type SummaryBuilderInput<TSummary extends v.GenericSchema> = ReadonlyArrays<
  Omit<v.InferInput<TSummary>, 'tenant_id'>
> & { readonly tenant_id?: string | undefined };

/** Options of a response builder. */
export interface ResponseOptions {
  /** The response status; default `requires_private_service`. */
  readonly status?: ResponseStatus | undefined;
}

/** One check's status in a rollup. */
export interface CheckStatus<TCheck extends string, TStatus extends string> {
  /** The check name. */
  readonly check: TCheck;
  /** The summary field that reports it, or `null` when v1 has none. */
  readonly field: string | null;
  /** Its status, or `null` when no field reports it. */
  readonly status: TStatus | null;
}

/** The readiness view of one summary. */
export interface ContractRollup<
  TOperation extends string,
  TCheck extends string,
  TStatus extends string,
> {
  /** The operation. */
  readonly operation: TOperation;
  /** The tenant. */
  readonly tenant_id: string;
  /** The worst status of every reported field. */
  readonly status: TStatus;
  /** `true` when no reported status needs attention and there are no blockers. */
  readonly ready: boolean;
  /** Every check, in contract order, with its status. */
  readonly checks: readonly CheckStatus<TCheck, TStatus>[];
  /** The checks whose status needs attention, in contract order. */
  readonly attention: readonly CheckStatus<TCheck, TStatus>[];
  /** The summary's blockers. */
  readonly blockers: readonly string[];
}

/** The public description of one contract (what `describe` prints). */
export interface ContractDescription<
  TOperation extends string,
  TCheck extends string,
  TStatus extends string,
> {
  readonly contract_version: typeof CONTRACT_SCHEMA_VERSION;
  readonly operation: TOperation;
  readonly title: string;
  readonly request: {
    readonly schema_version: typeof REQUEST_SCHEMA_VERSION;
    readonly fields: readonly string[];
    readonly payload_fields: readonly string[];
    readonly payload_defaults: Readonly<Record<string, unknown>>;
  };
  readonly response: {
    readonly schema_version: typeof RESPONSE_SCHEMA_VERSION;
    readonly fields: readonly string[];
    readonly payload_fields: readonly string[];
    readonly summary_fields: readonly string[];
    readonly statuses: readonly ResponseStatus[];
    readonly default_status: ResponseStatus;
  };
  readonly checks: readonly { readonly check: TCheck; readonly summary_field: string | null }[];
  readonly statuses: readonly TStatus[];
  readonly private_modules: readonly string[];
  readonly boundary: string;
  readonly limits: typeof LIMITS;
}

/** The functions {@link defineContract} derives for one contract. */
export interface Contract<
  TOperation extends string,
  TCheck extends string,
  TStatus extends string,
  TSummary extends AnyStrictObjectSchema,
  TRequest extends v.GenericSchema,
  TResponse extends v.GenericSchema,
  TPayload extends AnyStrictObjectSchema = AnyStrictObjectSchema,
> {
  /**
   * The declaration the contract was derived from: its operation, check table, vocabulary,
   * private modules and schemas. Front ends (CLI, HTTP) read it to derive flags and routes.
   */
  readonly spec: ContractSpec<TOperation, TCheck, TStatus, TPayload, TSummary, TRequest, TResponse>;
  /** Builds and validates a request; throws `ContractError`. */
  buildRequest(tenantId: string, options?: object): v.InferOutput<TRequest>;
  /** Builds and validates a response to a request of this operation; throws `ContractError`. */
  buildResponse(
    request: unknown,
    summary: object,
    options?: ResponseOptions,
  ): v.InferOutput<TResponse>;
  /** Parses an untrusted request; throws `ContractError`. */
  parseRequest(input: unknown): v.InferOutput<TRequest>;
  /** Parses an untrusted response; throws `ContractError`. */
  parseResponse(input: unknown): v.InferOutput<TResponse>;
  /** Parses an untrusted request; never throws. */
  safeParseRequest(input: unknown): ContractResult<v.InferOutput<TRequest>>;
  /** Parses an untrusted response; never throws. */
  safeParseResponse(input: unknown): ContractResult<v.InferOutput<TResponse>>;
  /** Parses an untrusted summary, filling defaults; throws `ContractError`. */
  parseSummary(input: unknown): v.InferOutput<TSummary>;
  /** The public description. */
  describe(): ContractDescription<TOperation, TCheck, TStatus>;
  /** The readiness view of a summary; throws `ContractError` for an invalid one. */
  rollup(summary: unknown): ContractRollup<TOperation, TCheck, TStatus>;
}

/**
 * A contract of any operation, checks and vocabulary: the element type of a list that holds
 * several contracts (a CLI or HTTP registry). Every `Contract` is assignable to it; what it
 * widens is only the static types (names become `string`, outputs `unknown`), the functions
 * still validate at run time.
 */
export type AnyContract = Contract<
  string,
  string,
  string,
  AnyStrictObjectSchema,
  v.GenericSchema,
  v.GenericSchema
>;

/**
 * Derives a contract's builders, parsers, description and rollup from its declaration.
 * Contract packages wrap the result in named, documented functions.
 *
 * @param spec The contract's declaration.
 * @returns The contract functions.
 */
// @__NO_SIDE_EFFECTS__
export function defineContract<
  const TOperation extends string,
  const TCheck extends string,
  const TStatus extends string,
  TPayload extends AnyStrictObjectSchema,
  TSummary extends AnyStrictObjectSchema,
  TRequest extends v.GenericSchema,
  TResponse extends v.GenericSchema,
>(
  spec: ContractSpec<TOperation, TCheck, TStatus, TPayload, TSummary, TRequest, TResponse>,
): Contract<TOperation, TCheck, TStatus, TSummary, TRequest, TResponse, TPayload> {
  const { operation } = spec;
  const requestFailure = `invalid ${operation} request`;
  const responseFailure = `invalid ${operation} response`;
  const summaryFailure = `invalid ${operation} summary`;
  const checks = checksOf(spec.checkFields);
  const statusFields = contractStatusFields(spec);

  const validate = <TSchema extends v.GenericSchema>(
    schema: TSchema,
    input: unknown,
    failure: string,
    path = '',
  ): v.InferOutput<TSchema> => {
    // Valid, clean documents of schemas it follows take one compiled walk that validates
    // and guards them. Everything else, every error included, takes the full checks: the
    // guard, misplaced objects, then the schema's issues.
    const fast = guardedValidator(schema)?.(input);
    if (fast !== undefined && fast !== UNSURE) return fast as v.InferOutput<TSchema>;
    try {
      const findings = findSensitiveMaterial(input, { path });
      if (findings.length > 0) throw new ContractError(failure, toGuardIssues(findings));
      const misplaced = findNonObjects(schema, input, path);
      if (misplaced.length > 0) throw new ContractError(failure, misplaced);
      // A schema that throws (a getter or proxy in the input) becomes a ContractError.
      const result = boundedSafeParse(schema, input);
      if (!result.success) {
        throw new ContractError(failure, valibotIssuesToContract(result.issues, path), {
          incomplete: result.incomplete,
        });
      }
      return result.output;
    } catch (caught) {
      throw toContractError(caught, failure);
    }
  };

  const parseRequest = (input: unknown) => validate(spec.requestSchema, input, requestFailure);
  const parseResponse = (input: unknown) => validate(spec.responseSchema, input, responseFailure);
  const parseSummary = (input: unknown) => validate(spec.summarySchema, input, summaryFailure);

  const buildRequest = (tenantId: string, options: object = {}) => {
    if (!isRecord(options)) throw notAnObject(requestFailure, 'payload', 'options');
    const { requested_by, correlation_id, ...payload } = options as EnvelopeOptions;
    return parseRequest({
      schema_version: REQUEST_SCHEMA_VERSION,
      operation,
      tenant_id: tenantId,
      requested_by,
      correlation_id: correlation_id ?? createCorrelationId(),
      private_implementation_required: true,
      payload: dropUndefined(payload),
    });
  };

  const texts = responseTexts(spec.title, spec.privateModules.length);
  /** Statuses whose responses are built by validating only the summary (see buildResponse). */
  const verifiedStatuses = new Set<string>();
  const shortcutPossible = isPlainResponseSchema(spec);

  const buildResponse = (request: unknown, summary: object, options: ResponseOptions = {}) => {
    if (!isRecord(request) || request['operation'] !== operation) {
      throw new ContractError(`cannot build a ${operation} response`, [
        {
          path: 'operation',
          message: `operation must be ${operation}: a response answers a request of its own operation`,
          rule: 'operation_mismatch',
        },
      ]);
    }
    const parsed = parseRequest(request) as Record<string, unknown> & {
      tenant_id: string;
      correlation_id: string;
      payload: Record<string, unknown>;
    };
    if (!isRecord(summary)) throw notAnObject(responseFailure, 'payload.summary', 'summary');
    const given = summary;
    const givenTenant = given['tenant_id'];
    if (typeof givenTenant === 'string' && givenTenant.trim() !== parsed.tenant_id) {
      throw new ContractError(responseFailure, [
        {
          path: 'payload.summary.tenant_id',
          message: "tenant_id must match the request's tenant_id",
          rule: 'tenant_mismatch',
        },
      ]);
    }
    const summaryInput: Record<string, unknown> = { tenant_id: parsed.tenant_id };
    for (const field of spec.inheritedFields as string[]) {
      setData(summaryInput, field, parsed.payload[field]);
    }
    if (!isRecord(options as unknown)) throw notAnObject(responseFailure, 'status', 'options');
    const status = options.status ?? DEFAULT_RESPONSE_STATUS;
    addDefined(summaryInput, given);
    const envelope = (summaryValue: unknown) => ({
      schema_version: RESPONSE_SCHEMA_VERSION,
      operation,
      status,
      message: ownText(texts.message, status),
      correlation_id: parsed.correlation_id,
      private_implementation_required: true,
      payload: {
        summary: summaryValue,
        private_modules_required: [...spec.privateModules],
        next_step: ownText(texts.nextStep, status),
      },
    });
    // Everything but the summary is a constant of the contract and the status, or comes
    // from the request just validated: once a full validation of a status's response has
    // shown that, only the summary is validated (same issues, same output).
    if (verifiedStatuses.has(status)) {
      const validSummary = validate(
        spec.summarySchema,
        summaryInput,
        responseFailure,
        'payload.summary',
      );
      return envelope(validSummary) as v.InferOutput<TResponse>;
    }
    const response = parseResponse(envelope(summaryInput));
    if (shortcutPossible && Object.hasOwn(texts.message, status)) {
      const shortcut = envelope(
        validate(spec.summarySchema, summaryInput, responseFailure, 'payload.summary'),
      );
      if (JSON.stringify(shortcut) === JSON.stringify(response)) verifiedStatuses.add(status);
    }
    return response;
  };

  // A fresh copy each call: a caller changing the description must not change the contract.
  const describe = (): ContractDescription<TOperation, TCheck, TStatus> => ({
    contract_version: CONTRACT_SCHEMA_VERSION,
    operation,
    title: spec.title,
    request: {
      schema_version: REQUEST_SCHEMA_VERSION,
      fields: entryNames(spec.requestSchema),
      payload_fields: Object.keys(spec.payloadSchema.entries),
      payload_defaults: v.getDefaults(spec.payloadSchema) as Record<string, unknown>,
    },
    response: {
      schema_version: RESPONSE_SCHEMA_VERSION,
      fields: entryNames(spec.responseSchema),
      payload_fields: ['summary', 'private_modules_required', 'next_step'],
      summary_fields: Object.keys(spec.summarySchema.entries),
      statuses: [...RESPONSE_STATUSES],
      default_status: DEFAULT_RESPONSE_STATUS,
    },
    checks: checks.map((check) => ({ check, summary_field: spec.checkFields[check] })),
    statuses: [...spec.statuses],
    private_modules: [...spec.privateModules],
    boundary: spec.boundary,
    limits: { ...LIMITS },
  });

  const rollup = (input: unknown): ContractRollup<TOperation, TCheck, TStatus> => {
    const summary = parseSummary(input) as Record<string, unknown> & {
      tenant_id: string;
      blockers: string[];
    };
    const checkStatuses = checks.map((check) => {
      const field = spec.checkFields[check];
      const status = field === null ? null : (summary[field] as TStatus);
      return { check, field, status };
    });
    const status = rollupStatus(
      statusFields.map((field) => summary[field] as TStatus),
      spec.severity,
    );
    const attention = checkStatuses.filter(
      (entry) => entry.status !== null && !spec.satisfied.includes(entry.status),
    );
    return {
      operation,
      tenant_id: summary.tenant_id,
      status,
      ready: spec.satisfied.includes(status) && summary.blockers.length === 0,
      checks: checkStatuses,
      attention,
      blockers: summary.blockers,
    };
  };

  return {
    spec,
    // Builders read caller objects (getters, proxies): anything they throw becomes a ContractError.
    buildRequest: (tenantId, options) =>
      readSafely(requestFailure, () => buildRequest(tenantId, options)),
    buildResponse: (request, summary, options) =>
      readSafely(responseFailure, () => buildResponse(request, summary, options)),
    parseRequest,
    parseResponse,
    parseSummary,
    safeParseRequest: (input) => captureContractResult(parseRequest, input, requestFailure),
    safeParseResponse: (input) => captureContractResult(parseResponse, input, responseFailure),
    describe,
    rollup,
  };
}

function responseTexts(title: string, moduleCount: number) {
  const message: Record<ResponseStatus, string> = {
    accepted: `The private service accepted this ${title} request and will evaluate it.`,
    unavailable: `The private ${title} service is unavailable, so nothing was evaluated.`,
    requires_private_service: `The public contract checked the shape of this ${title} request; only the private CAVRA service can evaluate it.`,
  };
  const nextStep: Record<ResponseStatus, string> = {
    accepted: 'Follow the evaluation in the private service using this correlation_id.',
    unavailable:
      'Retry later with the same correlation_id, or contact the operator of the private service.',
    requires_private_service: `Send this request to a private deployment that implements the ${moduleCount} modules in private_modules_required.`,
  };
  return { message, nextStep };
}

/** The text of a response status; an unknown status (which the schema then names) gets the default's. */
function ownText(texts: Record<ResponseStatus, string>, status: string): string {
  return Object.hasOwn(texts, status)
    ? texts[status as ResponseStatus]
    : texts[DEFAULT_RESPONSE_STATUS];
}

function readSafely<TOutput>(failure: string, run: () => TOutput): TOutput {
  try {
    return run();
  } catch (caught) {
    throw toContractError(caught, failure);
  }
}

function entryNames(schema: v.GenericSchema): string[] {
  return 'entries' in schema ? Object.keys(schema.entries as object) : [];
}

function notAnObject(failure: string, path: string, name: string): ContractError {
  return new ContractError(failure, [
    { path, message: `${name} must be an object`, rule: 'object' },
  ]);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A copy of `value` without its own enumerable keys whose value is `undefined`. */
function dropUndefined(value: object): Record<string, unknown> {
  return addDefined({}, value);
}

/** Sets (or overwrites) the own enumerable fields of `from` that are not `undefined`. */
function addDefined(target: Record<string, unknown>, from: object): Record<string, unknown> {
  for (const key of Object.keys(from)) {
    const item = (from as Record<string, unknown>)[key];
    if (item !== undefined) setData(target, key, item);
  }
  return target;
}

/** Sets a field as an own data property (a `__proto__` key too, never the prototype). */
function setData(target: Record<string, unknown>, key: string, item: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, {
      value: item,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  } else {
    target[key] = item;
  }
}

/**
 * Whether a contract's response schema is the plain envelope `createResponseSchema` builds
 * around its summary schema (no pipe, no extra fields), so that a response whose constant
 * parts validated once can be built by validating its summary alone.
 */
function isPlainResponseSchema(spec: {
  readonly summarySchema: v.GenericSchema;
  readonly requestSchema: v.GenericSchema;
  readonly responseSchema: v.GenericSchema;
}): boolean {
  const response = spec.responseSchema as Partial<v.StrictObjectSchema<v.ObjectEntries, undefined>>;
  const request = spec.requestSchema as Partial<v.StrictObjectSchema<v.ObjectEntries, undefined>>;
  if (response.type !== 'strict_object' || 'pipe' in response || !response.entries) return false;
  const payload = response.entries['payload'] as
    | Partial<v.StrictObjectSchema<v.ObjectEntries, undefined>>
    | undefined;
  if (payload?.type !== 'strict_object' || 'pipe' in payload || !payload.entries) return false;
  return (
    Object.keys(response.entries).join() ===
      'schema_version,operation,status,message,correlation_id,private_implementation_required,payload' &&
    Object.keys(payload.entries).join() === 'summary,private_modules_required,next_step' &&
    payload.entries['summary'] === spec.summarySchema &&
    response.entries['correlation_id'] === request.entries?.['correlation_id']
  );
}
