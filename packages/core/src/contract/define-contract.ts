import * as v from 'valibot';
import { boundedSafeParse } from '../bounded-safe-parse.js';
import { ContractError } from '../contract-error.js';
import { createCorrelationId } from '../correlation-id.js';
import { IdentifierSchema } from '../identifier.js';
import { type ContractResult, captureContractResult, toContractError } from '../parse-result.js';
import { createRequestSchema, createResponseSchema } from '../v1/envelope.js';
import { type Checker, compileChecker, NOT_PROVEN } from '../validation/compile-checker.js';
import { guardedSchema } from '../validation/guarded-schema.js';
import { isRecord } from '../validation/is-record.js';
import { valibotIssuesToContract } from '../validation/issues.js';
import { DEFAULT_RESPONSE_STATUS } from '../vocabulary/statuses.js';
import { checksOf, contractStatusFields } from './check-fields.js';
import type { ContractDeclaration, FieldDeclaration } from './declaration.js';
import { fieldSchema } from './fields.js';
import { responseTexts } from './response-texts.js';
import type { ContractTypes, ResponseOptions } from './types.js';
import { fillWithinFields, withinRulesOf, withWithinRules } from './within-rule.js';

/** A valibot schema of given input and output types (Standard Schema compatible). */
export type Schema<TInput, TOutput> = v.GenericSchema<TInput, TOutput>;

/** Everything {@link defineContract} derives from one declaration. */
export interface Contract<D extends ContractDeclaration = ContractDeclaration> {
  /** The declaration it was derived from. */
  readonly declaration: D;
  /** The facts front ends read, derived from the declaration (kept for them). */
  readonly spec: ContractSpec;
  /** Schema of the request payload; guarded. */
  readonly payloadSchema: Schema<T<D>['payloadInput'], T<D>['payload']>;
  /** Schema of the summary; guarded. */
  readonly summarySchema: Schema<T<D>['summaryInput'], T<D>['summary']>;
  /** Schema of the request envelope; guarded. */
  readonly requestSchema: Schema<T<D>['requestInput'], T<D>['request']>;
  /** Schema of the response envelope; guarded. */
  readonly responseSchema: Schema<T<D>['responseInput'], T<D>['response']>;
  /** Builds and validates a request; throws `ContractError`. */
  buildRequest(tenantId: string, options?: T<D>['requestOptions']): T<D>['request'];
  /** Builds and validates the response to a request of this operation; throws `ContractError`. */
  buildResponse(
    request: T<D>['request'],
    summary: T<D>['summaryOptions'],
    options?: ResponseOptions,
  ): T<D>['response'];
  /** Parses an untrusted request; throws `ContractError`. */
  parseRequest(input: unknown): T<D>['request'];
  /** Parses an untrusted response; throws `ContractError`. */
  parseResponse(input: unknown): T<D>['response'];
  /** Parses an untrusted request; never throws. */
  safeParseRequest(input: unknown): ContractResult<T<D>['request']>;
  /** Parses an untrusted response; never throws. */
  safeParseResponse(input: unknown): ContractResult<T<D>['response']>;
  /** Parses an untrusted summary, filling defaults; throws `ContractError`. */
  parseSummary(input: unknown): T<D>['summary'];
}

type T<D extends ContractDeclaration> = ContractTypes<D>;

/** The facts of a contract as front ends read them: names, vocabulary and schemas. */
export interface ContractSpec {
  /** The operation name. */
  readonly operation: string;
  /** The operation in words. */
  readonly title: string;
  /** Check → summary field (or `null`). */
  readonly checkFields: Readonly<Record<string, string | null>>;
  /** The checks, in order. */
  readonly checks: readonly string[];
  /** Overall status fields. */
  readonly overallFields: readonly string[];
  /** Every summary status field, overall first. */
  readonly statusFields: readonly string[];
  /** The status vocabulary. */
  readonly statuses: readonly string[];
  /** The vocabulary from worst to best. */
  readonly severity: readonly string[];
  /** Statuses that need no attention. */
  readonly satisfied: readonly string[];
  /** The private modules. */
  readonly privateModules: readonly string[];
  /** The boundary text. */
  readonly boundary: string;
  /** Summary fields copied from the request payload. */
  readonly inheritedFields: readonly string[];
  /** Payload fields that are labels (one command-line option each). */
  readonly labelFields: readonly string[];
  /** The strict payload object schema (its `entries` name the fields). */
  readonly payloadSchema: v.StrictObjectSchema<v.ObjectEntries, undefined>;
  /** The strict summary object schema. */
  readonly summarySchema: v.StrictObjectSchema<v.ObjectEntries, undefined>;
  /** The strict request object schema. */
  readonly requestSchema: v.StrictObjectSchema<v.ObjectEntries, undefined>;
  /** The strict response object schema. */
  readonly responseSchema: v.StrictObjectSchema<v.ObjectEntries, undefined>;
}

/**
 * A contract of any declaration: the element type of a list of several contracts (the
 * registry, a CLI, an HTTP API). Only the static types widen; the functions still validate.
 */
export interface AnyContract {
  /** The declaration. */
  readonly declaration: ContractDeclaration;
  /** The derived facts. */
  readonly spec: ContractSpec;
  /** Schema of the request payload. */
  readonly payloadSchema: v.GenericSchema;
  /** Schema of the summary. */
  readonly summarySchema: v.GenericSchema;
  /** Schema of the request envelope. */
  readonly requestSchema: v.GenericSchema;
  /** Schema of the response envelope. */
  readonly responseSchema: v.GenericSchema;
  /** Builds a request. */
  buildRequest(tenantId: string, options?: object): unknown;
  /** Builds a response. */
  buildResponse(request: unknown, summary: object, options?: ResponseOptions): unknown;
  /** Parses a request. */
  parseRequest(input: unknown): unknown;
  /** Parses a response. */
  parseResponse(input: unknown): unknown;
  /** Parses a request; never throws. */
  safeParseRequest(input: unknown): ContractResult<unknown>;
  /** Parses a response; never throws. */
  safeParseResponse(input: unknown): ContractResult<unknown>;
  /** Parses a summary. */
  parseSummary(input: unknown): unknown;
}

/**
 * Derives a contract from its declaration: the payload, summary, request and response
 * schemas (each carrying the guard), the builders and parsers, all typed from the
 * declaration. `describeContract` and `rollupSummary` take the contract, so a bundle that
 * only builds and parses carries neither.
 *
 * @param declaration The contract's facts.
 * @returns The contract.
 */
// @__NO_SIDE_EFFECTS__
export function defineContract<const D extends ContractDeclaration>(declaration: D): Contract<D> {
  const { operation, versions, vocabulary, privateModules } = declaration;
  const statusFields = contractStatusFields({
    checkFields: declaration.checks,
    overallFields: declaration.overallFields,
  });
  const field = (entry: FieldDeclaration) => fieldSchema(entry, declaration);
  const inheritedFields: string[] = [];
  const summaryEntries: v.ObjectEntries = { tenant_id: IdentifierSchema };
  const summaryFields: Record<string, FieldDeclaration> = {};
  for (const name of statusFields) summaryEntries[name] = v.picklist(vocabulary.statuses);
  for (const [name, entry] of Object.entries(declaration.summary)) {
    if (entry === 'request') inheritedFields.push(name);
    const own = entry === 'request' ? declaration.payload[name] : entry;
    if (own === undefined) throw new TypeError(`summary field ${name} has no payload field`);
    summaryFields[name] = own;
    summaryEntries[name] = field(own);
  }
  const payload = v.strictObject(mapValues(declaration.payload, field));
  const summary = v.strictObject(summaryEntries);
  // Cross-field rules (`within`) run on the payload and summary; `spec` keeps the bare objects.
  const payloadRules = withinRulesOf(declaration.payload);
  const summaryRules = withinRulesOf(summaryFields);
  const checkedPayload = withWithinRules(payload, payloadRules);
  const checkedSummary = withWithinRules(summary, summaryRules);
  const request = createRequestSchema(operation, checkedPayload, versions.request);
  const response = createResponseSchema(
    operation,
    checkedSummary,
    privateModules,
    versions.response,
  );
  const spec: ContractSpec = {
    operation,
    title: declaration.title,
    checkFields: declaration.checks,
    checks: checksOf(declaration.checks),
    overallFields: declaration.overallFields ?? [],
    statusFields,
    statuses: vocabulary.statuses,
    severity: vocabulary.order,
    satisfied: vocabulary.satisfied,
    privateModules,
    boundary: declaration.boundary,
    inheritedFields,
    labelFields: Object.keys(declaration.payload).filter(
      (name) => declaration.payload[name]?.kind === 'label',
    ),
    payloadSchema: payload,
    summarySchema: summary,
    requestSchema: request,
    responseSchema: response,
  };

  const requestFailure = `invalid ${operation} request`;
  const responseFailure = `invalid ${operation} response`;
  const texts = responseTexts(declaration);
  const parser = (schema: v.GenericSchema, failure: string, ownTexts?: readonly string[]) => {
    const guarded = guardedSchema(schema);
    // Valid input takes the compiled walk (built on first use); the rest, and every error, valibot.
    let checker: Checker | undefined;
    const check: Checker = (input) => {
      checker ??= compileChecker(schema, ownTexts) ?? (() => NOT_PROVEN);
      return checker(input);
    };
    const parse = (input: unknown) => {
      const output = check(input);
      if (output !== NOT_PROVEN) return output as never;
      return readSafely(failure, () => {
        const result = boundedSafeParse(guarded, input);
        if (result.success) return result.output as never;
        const { incomplete } = result;
        throw new ContractError(failure, valibotIssuesToContract(result.issues), { incomplete });
      });
    };
    const safeParse = (input: unknown) => captureContractResult(parse, input, failure);
    return { guarded, check, parse, safeParse };
  };
  const requests = parser(request, requestFailure);
  const responses = parser(
    response,
    responseFailure,
    Object.values(texts).flatMap(({ message, next_step }) => [message, next_step]),
  );
  const summaries = parser(checkedSummary, `invalid ${operation} summary`);

  const buildRequest = (tenantId: string, options: object = {}) => {
    if (!isRecord(options)) throw notAnObject(requestFailure, 'payload', 'options');
    const { requested_by, correlation_id, ...payloadOptions } = options;
    return requests.parse({
      schema_version: versions.request,
      operation,
      tenant_id: tenantId,
      requested_by,
      correlation_id: correlation_id ?? createCorrelationId(),
      private_implementation_required: true,
      payload: fillWithinFields(definedFields({}, payloadOptions), payloadRules),
    });
  };

  /** Response statuses whose whole response was proven once (at most the three statuses). */
  const provenStatuses = new Set<unknown>();
  const buildResponse = (request: unknown, given: object, options: ResponseOptions = {}) => {
    if (!isRecord(request) || request['operation'] !== operation) {
      const message = `operation must be ${operation}: a response answers a request of its own operation`;
      throw new ContractError(`cannot build a ${operation} response`, [
        { path: 'operation', message, rule: 'operation_mismatch' },
      ]);
    }
    const parsed: T<ContractDeclaration>['request'] = requests.parse(request);
    if (!isRecord(given)) throw notAnObject(responseFailure, 'payload.summary', 'summary');
    const givenTenant = given['tenant_id'];
    if (typeof givenTenant === 'string' && givenTenant.trim() !== parsed.tenant_id) {
      const message = "tenant_id must match the request's tenant_id";
      throw new ContractError(responseFailure, [
        { path: 'payload.summary.tenant_id', message, rule: 'tenant_mismatch' },
      ]);
    }
    if (!isRecord(options as unknown)) throw notAnObject(responseFailure, 'status', 'options');
    const inherited: Record<string, unknown> = { tenant_id: parsed.tenant_id };
    for (const name of inheritedFields) inherited[name] = parsed.payload[name];
    const status = options.status ?? DEFAULT_RESPONSE_STATUS;
    // An unknown status (which the response schema then reports) gets the default's texts.
    const own = texts[Object.hasOwn(texts, status) ? status : DEFAULT_RESPONSE_STATUS];
    const response = {
      schema_version: versions.response,
      operation,
      status,
      message: own.message,
      correlation_id: parsed.correlation_id,
      private_implementation_required: true,
      payload: {
        // A spread copy: `within` fills change it, not the caller's object, and it reads fast
        // even when the caller's object has a hidden class of its own (`{ ...base, extra }`).
        summary: definedFields(inherited, fillWithinFields({ ...given }, summaryRules)),
        private_modules_required: [...privateModules],
        next_step: own.next_step,
      },
    };
    // Once a response of a status was proven whole, its texts and modules (the declaration's
    // own) are known good, and the correlation id is the checked request's: only the summary,
    // the caller's part, is left to check.
    const summary = provenStatuses.has(status)
      ? summaries.check(response.payload.summary)
      : NOT_PROVEN;
    if (summary === NOT_PROVEN) {
      const output = responses.parse(response);
      provenStatuses.add(status);
      return output;
    }
    response.payload.summary = summary as Record<string, unknown>;
    return response as never;
  };

  return {
    declaration,
    spec,
    payloadSchema: guardedSchema(checkedPayload) as never,
    summarySchema: summaries.guarded as never,
    requestSchema: requests.guarded as never,
    responseSchema: responses.guarded as never,
    // Builders read caller objects (getters, proxies): anything they throw becomes a ContractError.
    buildRequest: (tenantId, options) =>
      readSafely(requestFailure, () => buildRequest(tenantId, options)),
    buildResponse: (request, given, options) =>
      readSafely(responseFailure, () => buildResponse(request, given, options)),
    parseRequest: requests.parse,
    parseResponse: responses.parse,
    safeParseRequest: requests.safeParse,
    safeParseResponse: responses.safeParse,
    parseSummary: summaries.parse,
  };
}

function mapValues<TValue, TResult>(
  record: Readonly<Record<string, TValue>>,
  map: (value: TValue) => TResult,
): Record<string, TResult> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, map(value)]));
}

function readSafely<TOutput>(failure: string, run: () => TOutput): TOutput {
  try {
    return run();
  } catch (caught) {
    throw toContractError(caught, failure);
  }
}

function notAnObject(failure: string, path: string, name: string): ContractError {
  return new ContractError(failure, [
    { path, message: `${name} must be an object`, rule: 'object' },
  ]);
}

/**
 * Sets the own enumerable fields of `from` that are not `undefined` on `target`: by plain
 * assignment (objects keep a fast shape), a `__proto__` key as an own data property, never
 * the prototype.
 */
function definedFields(target: Record<string, unknown>, from: object): Record<string, unknown> {
  for (const key of Object.keys(from)) {
    const value = (from as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if (key === '__proto__') {
      Object.defineProperty(target, key, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
      });
    } else {
      target[key] = value;
    }
  }
  return target;
}
