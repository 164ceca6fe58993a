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
  const compatInput = Object.fromEntries([
    ['tenant_id', propertyOf(request, 'tenant_id', where)],
    ...compatFields(entry.contract).map((field) => {
      const schema =
        field.target === 'summary'
          ? propertyOf(summarySchema, field.name, responseWhere)
          : propertyOf({ properties: requestOptions }, field.name, where);
      return [
        field.name,
        field.default === undefined ? schema : { ...schema, default: field.default },
      ];
    }),
  ]);

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
    [names.compatInput]: {
      ...closedObject(
        compatInput,
        ['tenant_id'],
        'Flat body of the compatibility route: the fields the reference implementation reads; any other key is ignored. A summary status field left out takes its default.',
      ),
      additionalProperties: true,
    },
    [names.compatResult]: closedObject(
      { request: schemaRef(names.request), response: schemaRef(names.response) },
      ['request', 'response'],
      `The ${operation} request and response built from a compatibility body.`,
    ),
  };
}
