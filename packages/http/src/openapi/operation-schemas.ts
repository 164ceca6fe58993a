import { compatFields } from '@cavra/contracts';
import type { DocumentKind, JsonSchema, OperationEntry } from '../operation-registry.js';
import {
  closedObject,
  embeddable,
  propertiesOf,
  propertyOf,
  requiredOf,
  schemaRef,
} from './json-schema-parts.js';

/** The names of one operation's component schemas. */
export interface OperationSchemaNames {
  readonly request: string;
  readonly response: string;
  readonly requestOptions: string;
  readonly responseInput: string;
  readonly compatInput: string;
  readonly compatResult: string;
}

/**
 * An operation name in PascalCase, the stem of its schema names and operation ids
 * (`customer_operating_dashboard` → `CustomerOperatingDashboard`).
 *
 * @param operation The operation name.
 * @returns The name in PascalCase.
 */
export function pascalName(operation: string): string {
  return operation
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/**
 * Names the component schemas of an operation after it, in PascalCase
 * (`customer_operating_dashboard` → `CustomerOperatingDashboardRequest`, ...).
 *
 * @param entry The operation.
 * @returns The names.
 */
export function operationSchemaNames(entry: OperationEntry): OperationSchemaNames {
  const base = pascalName(entry.contract.spec.operation);
  return {
    request: `${base}Request`,
    response: `${base}Response`,
    requestOptions: `${base}RequestOptions`,
    responseInput: `${base}ResponseInput`,
    compatInput: `${base}CompatibilityInput`,
    compatResult: `${base}CompatibilityResult`,
  };
}

/**
 * Derives an operation's component schemas from its shipped JSON Schema documents: the
 * request and response as shipped, and the bodies of the builder and compatibility
 * routes assembled from their properties. No property schema is written here.
 *
 * @param entry The operation.
 * @returns The component schemas by name.
 */
export function operationSchemas(entry: OperationEntry): Record<string, JsonSchema> {
  const names = operationSchemaNames(entry);
  const { operation } = entry.contract.spec;
  const { request, response } = entry.schemas;
  const { requestOptions, summary: summarySchema } = documentParts(operation, entry.schemas);
  const summaryInput = {
    ...summarySchema,
    required: requiredOf(summarySchema).filter((name) => name !== 'tenant_id'),
  };
  return {
    [names.request]: embeddable(request),
    [names.response]: embeddable(response),
    [names.requestOptions]: closedObject(
      requestOptions,
      ['tenant_id'],
      `Options of a ${operation} request: the envelope options and the payload fields, by their wire names.`,
    ),
    [names.responseInput]: closedObject(
      {
        request: schemaRef(names.request),
        summary: summaryInput,
        status: propertyOf(response, 'status', `${operation} response schema`),
      },
      ['request', 'summary'],
      `A ${operation} request and the summary to answer it with.`,
    ),
    ...compatSchemas(entry, names),
  };
}

/**
 * The bodies of an operation's compatibility route. The route speaks the schema version the
 * reference implementation speaks, the operation's first (`compatContractOf` of `@cavra/contracts`), so the flat
 * input is assembled from that version's documents and the result names them.
 */
function compatSchemas(
  entry: OperationEntry,
  names: OperationSchemaNames,
): Record<string, JsonSchema> {
  const { operation } = entry.contract.spec;
  const version = entry.versions[0] ?? {
    tag: '',
    contract: entry.contract,
    schemas: entry.schemas,
  };
  // An older version's documents are components named with their tag (see the OpenAPI document).
  const named = (name: string) =>
    version.contract === entry.contract ? name : olderVersionName(name, version.tag);
  const { requestOptions, summary } = documentParts(operation, version.schemas);
  const input = Object.fromEntries([
    ['tenant_id', requestOptions['tenant_id']],
    ...compatFields(version.contract).map((field) => {
      const schema =
        field.target === 'summary'
          ? propertyOf(summary, field.name, `${operation} response schema`)
          : propertyOf({ properties: requestOptions }, field.name, `${operation} request schema`);
      return [
        field.name,
        field.default === undefined ? schema : { ...schema, default: field.default },
      ];
    }),
  ]);
  return {
    [names.compatInput]: {
      ...closedObject(
        input,
        ['tenant_id'],
        'Flat body of the compatibility route: the fields the reference implementation reads; any other key is ignored. A summary status field left out takes its default.',
      ),
      additionalProperties: true,
    },
    [names.compatResult]: closedObject(
      {
        request: schemaRef(named(names.request)),
        response: schemaRef(named(names.response)),
      },
      ['request', 'response'],
      `The ${operation} request and response built from a compatibility body, in the schema version the reference speaks.`,
    ),
  };
}

/**
 * The component name of an older published version's document: the newest's name with the
 * version tag (`SupportHandoffReadinessRequest` → `SupportHandoffReadinessRequestV1`).
 *
 * @param name The newest version's component name.
 * @param tag The older version's tag, `v1`.
 * @returns The name.
 */
export function olderVersionName(name: string, tag: string): string {
  return `${name}${tag.toUpperCase()}`;
}

/**
 * The parts of one version's shipped documents that the builder and compatibility bodies are
 * assembled from: the request options (envelope options and payload fields, by wire name) and
 * the response's summary schema.
 */
function documentParts(
  operation: string,
  schemas: Readonly<Record<DocumentKind, JsonSchema>>,
): { requestOptions: Record<string, JsonSchema>; summary: JsonSchema } {
  const where = `${operation} request schema`;
  const responseWhere = `${operation} response schema`;
  const { request, response } = schemas;
  return {
    requestOptions: {
      tenant_id: propertyOf(request, 'tenant_id', where),
      requested_by: propertyOf(request, 'requested_by', where),
      correlation_id: propertyOf(request, 'correlation_id', where),
      ...propertiesOf(propertyOf(request, 'payload', where), `${where} payload`),
    },
    summary: propertyOf(
      propertyOf(response, 'payload', responseWhere),
      'summary',
      `${responseWhere} payload`,
    ),
  };
}
