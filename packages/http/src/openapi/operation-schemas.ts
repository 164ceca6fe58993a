import { compatFields } from '@cavra/contracts';
import type { JsonSchema, OperationEntry } from '../operation-registry.js';
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
  const where = `${operation} request schema`;
  const payload = propertiesOf(propertyOf(request, 'payload', where), `${where} payload`);
  const responseWhere = `${operation} response schema`;
  const summarySchema = propertyOf(
    propertyOf(response, 'payload', responseWhere),
    'summary',
    `${responseWhere} payload`,
  );

  const requestOptions = {
    tenant_id: propertyOf(request, 'tenant_id', where),
    requested_by: propertyOf(request, 'requested_by', where),
    correlation_id: propertyOf(request, 'correlation_id', where),
    ...payload,
  };
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
        status: propertyOf(response, 'status', responseWhere),
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
  const [first] = entry.versions;
  const { operation } = entry.contract.spec;
  const version = first ?? { tag: '', contract: entry.contract, schemas: entry.schemas };
  // An older version's documents are components named with their tag (see the OpenAPI document).
  const suffix = version.contract === entry.contract ? '' : version.tag.toUpperCase();
  const { request, response } = version.schemas;
  const where = `${operation} request schema`;
  const responseWhere = `${operation} response schema`;
  const options = {
    tenant_id: propertyOf(request, 'tenant_id', where),
    requested_by: propertyOf(request, 'requested_by', where),
    ...propertiesOf(propertyOf(request, 'payload', where), `${where} payload`),
  };
  const summary = propertyOf(
    propertyOf(response, 'payload', responseWhere),
    'summary',
    `${responseWhere} payload`,
  );
  const input = Object.fromEntries([
    ['tenant_id', options.tenant_id],
    ...compatFields(version.contract).map((field) => {
      const schema =
        field.target === 'summary'
          ? propertyOf(summary, field.name, responseWhere)
          : propertyOf({ properties: options }, field.name, where);
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
        request: schemaRef(`${names.request}${suffix}`),
        response: schemaRef(`${names.response}${suffix}`),
      },
      ['request', 'response'],
      `The ${operation} request and response built from a compatibility body, in the schema version the reference speaks.`,
    ),
  };
}
