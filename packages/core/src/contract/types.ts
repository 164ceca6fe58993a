import type { ResponseStatus } from '../vocabulary/statuses.js';
import type { ContractDeclaration } from './declaration.js';
import type { ContractDescription } from './describe.js';
import type { ContractRollup } from './rollup.js';

/** An object type written out flat, for readable hovers. */
type Flat<T> = { [K in keyof T]: T[K] } & {};

/** An array type made read-only; other types (also `undefined` beside an array) unchanged. */
type AsReadonlyArray<T> = T extends readonly (infer TItem)[] ? readonly TItem[] : T;

/** Arrays accepted read-only, so constant lists can be passed as they are. */
type ReadonlyArrays<T> = { readonly [K in keyof T]: AsReadonlyArray<T[K]> };

/** The check names of a declaration. */
type CheckOf<D extends ContractDeclaration> = keyof D['checks'] & string;

/** The statuses of a declaration's vocabulary. */
type StatusOf<D extends ContractDeclaration> = D['vocabulary']['statuses'][number];

/** The summary status fields of a declaration: overall fields and the checks' fields. */
type StatusFieldOf<D extends ContractDeclaration> =
  | (D['overallFields'] extends readonly (infer F extends string)[] ? F : never)
  | Exclude<D['checks'][keyof D['checks']], null>;

/** The value type of a field of a given kind. */
type ValueOf<F, D extends ContractDeclaration> = F extends { readonly kind: 'timestamp' }
  ? string | null
  : F extends { readonly kind: 'list'; readonly of: 'checks' }
    ? CheckOf<D>[]
    : F extends { readonly kind: 'list' }
      ? string[]
      : F extends { readonly kind: 'status'; readonly values: readonly (infer S)[] }
        ? S
        : F extends { readonly kind: 'status' }
          ? StatusOf<D>
          : F extends { readonly kind: 'flag' }
            ? true
            : string;

/** Whether a field may be left out of an input (it has a default). */
type HasDefault<F> = F extends { readonly default: string }
  ? true
  : F extends { readonly kind: 'boundary' | 'timestamp' | 'flag' | 'list' }
    ? true
    : false;

/** The declared summary fields, inherited ones resolved to the payload field. */
type DeclaredSummary<D extends ContractDeclaration> = {
  [K in keyof D['summary']]: D['summary'][K] extends 'request'
    ? K extends keyof D['payload']
      ? D['payload'][K]
      : never
    : D['summary'][K];
};

/** Every summary field's declaration: tenant, status fields, then the declared fields. */
type SummaryFields<D extends ContractDeclaration> = { tenant_id: { kind: 'identifier' } } & {
  [K in Exclude<StatusFieldOf<D>, keyof D['summary']>]: { kind: 'status' };
} & DeclaredSummary<D>;

type Output<Fields, D extends ContractDeclaration> = Flat<{
  -readonly [K in keyof Fields]: ValueOf<Fields[K], D>;
}>;

type Input<Fields, D extends ContractDeclaration> = Flat<
  {
    -readonly [K in keyof Fields as HasDefault<Fields[K]> extends true ? never : K]: ValueOf<
      Fields[K],
      D
    >;
  } & {
    -readonly [K in keyof Fields as HasDefault<Fields[K]> extends true ? K : never]?:
      | ValueOf<Fields[K], D>
      | undefined;
  }
>;

/** A request payload with its defaults filled. */
type PayloadOf<D extends ContractDeclaration> = Output<D['payload'], D>;

/** A request payload as a caller may give it: fields with defaults are optional. */
type PayloadInputOf<D extends ContractDeclaration> = Input<D['payload'], D>;

/** A summary with its defaults filled. */
type SummaryOf<D extends ContractDeclaration> = Output<SummaryFields<D>, D>;

/** A summary as a caller may give it: fields with defaults are optional. */
type SummaryInputOf<D extends ContractDeclaration> = Input<SummaryFields<D>, D>;

/** A request as it travels on the wire. */
export interface RequestOf<D extends ContractDeclaration> {
  schema_version: D['versions']['request'];
  operation: D['operation'];
  tenant_id: string;
  requested_by: string;
  correlation_id: string;
  private_implementation_required: true;
  payload: PayloadOf<D>;
}

/** A request as a parser takes it: `requested_by` and the payload's defaulted fields optional. */
type RequestInputOf<D extends ContractDeclaration> = Flat<
  Omit<RequestOf<D>, 'requested_by' | 'payload'> & {
    requested_by?: string | undefined;
    payload: PayloadInputOf<D>;
  }
>;

/** A response as it travels on the wire. */
export interface ResponseOf<D extends ContractDeclaration> {
  schema_version: D['versions']['response'];
  operation: D['operation'];
  status: ResponseStatus;
  message: string;
  correlation_id: string;
  private_implementation_required: true;
  payload: {
    summary: SummaryOf<D>;
    private_modules_required: D['privateModules'][number][];
    next_step: string;
  };
}

/** A response as a parser takes it: `status` and the summary's defaulted fields optional. */
type ResponseInputOf<D extends ContractDeclaration> = Flat<
  Omit<ResponseOf<D>, 'status' | 'payload'> & {
    status?: ResponseStatus | undefined;
    payload: Flat<Omit<ResponseOf<D>['payload'], 'summary'> & { summary: SummaryInputOf<D> }>;
  }
>;

/** Options every request builder takes besides the payload fields. */
export interface EnvelopeOptions {
  /** Who asks; default `community`. */
  readonly requested_by?: string | undefined;
  /** Correlation id to reuse; a fresh one is generated when absent. */
  readonly correlation_id?: string | undefined;
}

/** Options of a request builder: the envelope options and every payload field, by wire name. */
type RequestOptionsOf<D extends ContractDeclaration> = EnvelopeOptions &
  Partial<ReadonlyArrays<PayloadInputOf<D>>>;

/** The summary a response builder takes; `tenant_id` comes from the request. */
type SummaryOptionsOf<D extends ContractDeclaration> = ReadonlyArrays<
  Omit<SummaryInputOf<D>, 'tenant_id'>
> & { readonly tenant_id?: string | undefined };

/** Options of a response builder. */
export interface ResponseOptions {
  /** The response status; default `requires_private_service`. */
  readonly status?: ResponseStatus | undefined;
}

/**
 * Every type a contract derives from its declaration, by role: a package names each one
 * (`export type XRequest = ContractTypes<typeof declaration>['request']`).
 */
export interface ContractTypes<D extends ContractDeclaration> {
  /** One check name. */
  check: CheckOf<D>;
  /** One status of the summary's vocabulary. */
  status: StatusOf<D>;
  /** One summary status field. */
  statusField: StatusFieldOf<D>;
  /** A request payload with its defaults filled. */
  payload: PayloadOf<D>;
  /** A request payload as a caller may give it. */
  payloadInput: PayloadInputOf<D>;
  /** A request as it travels on the wire. */
  request: RequestOf<D>;
  /** A request as a parser takes it. */
  requestInput: RequestInputOf<D>;
  /** Options of the request builder, by their wire names. */
  requestOptions: RequestOptionsOf<D>;
  /** A summary with its defaults filled. */
  summary: SummaryOf<D>;
  /** A summary as a caller may give it: fields with defaults are optional. */
  summaryInput: SummaryInputOf<D>;
  /** The summary the response builder takes; `tenant_id` comes from the request. */
  summaryOptions: SummaryOptionsOf<D>;
  /** A response as it travels on the wire. */
  response: ResponseOf<D>;
  /** A response as a parser takes it. */
  responseInput: ResponseInputOf<D>;
  /** The public description. */
  description: ContractDescription<D['operation'], CheckOf<D>, StatusOf<D>, D['versions']>;
  /** The readiness view of a summary. */
  rollup: ContractRollup<D['operation'], CheckOf<D>, StatusOf<D>>;
}
