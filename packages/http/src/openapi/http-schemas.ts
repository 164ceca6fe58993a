import { CHECKED_DOCUMENT_KINDS } from '@cavra/contracts';
import {
  CONTRACT_SCHEMA_VERSION,
  MAX_ISSUES,
  REQUEST_SCHEMA_VERSION,
  RESPONSE_SCHEMA_VERSION,
  SCHEMA_VERSIONS,
} from '@cavra/contracts-core';
import { ERROR_CODES } from '../error-body.js';
import { type JsonSchema, OPERATION_NAMES } from '../operation-registry.js';
import { closedObject, schemaRef } from './json-schema-parts.js';

const STRING = { type: 'string' } as const;
const STRINGS = { type: 'array', items: STRING } as const;
const OPERATION = { type: 'string', enum: [...OPERATION_NAMES] } as const;
/** The kinds `POST /v1/validate` recognises: request, response, pair. */
const CHECKED_KIND = { type: 'string', enum: [...CHECKED_DOCUMENT_KINDS] } as const;
const SCHEMA_VERSION = {
  type: 'string',
  enum: SCHEMA_VERSIONS.flatMap((versions) => [versions.request, versions.response]),
} as const;

/** A schema version string of a request or response, of any published version. */
function versionOf(kind: 'request' | 'response'): JsonSchema {
  return { type: 'string', pattern: `^cavra\\.saas_control_plane\\.${kind}\\.v[0-9]+$` };
}

/** One contract issue: JSON path, message and rule id. */
const ISSUE = closedObject(
  { path: STRING, message: STRING, rule: STRING },
  ['path', 'message'],
  'One reason a document breaks the contract. Never quotes the offending value.',
);

const ERROR_OBJECT = closedObject(
  {
    code: { type: 'string', enum: [...new Set(Object.values(ERROR_CODES))] },
    message: STRING,
    issues: { type: 'array', items: schemaRef('Issue'), maxItems: MAX_ISSUES },
    truncated: {
      type: 'integer',
      minimum: 1,
      description: 'How many issues `issues` leaves out (at least; checking stops after 1000).',
    },
  },
  ['code', 'message'],
);

/** The description of one operation, as `describe()` returns it. */
const OPERATION_DESCRIPTION: JsonSchema = {
  type: 'object',
  description: "One operation's public description.",
  properties: {
    contract_version: { enum: SCHEMA_VERSIONS.map((versions) => versions.contract) },
    operation: OPERATION,
    title: STRING,
    request: {
      type: 'object',
      properties: {
        schema_version: { enum: SCHEMA_VERSIONS.map((versions) => versions.request) },
        fields: STRINGS,
        payload_fields: STRINGS,
        payload_defaults: { type: 'object' },
      },
      required: ['schema_version', 'fields', 'payload_fields', 'payload_defaults'],
    },
    response: {
      type: 'object',
      properties: {
        schema_version: { enum: SCHEMA_VERSIONS.map((versions) => versions.response) },
        fields: STRINGS,
        payload_fields: STRINGS,
        summary_fields: STRINGS,
        statuses: STRINGS,
        default_status: STRING,
      },
      required: [
        'schema_version',
        'fields',
        'payload_fields',
        'summary_fields',
        'statuses',
        'default_status',
      ],
    },
    checks: {
      type: 'array',
      items: {
        type: 'object',
        properties: { check: STRING, summary_field: { type: ['string', 'null'] } },
        required: ['check', 'summary_field'],
      },
    },
    statuses: STRINGS,
    private_modules: STRINGS,
    boundary: STRING,
    limits: { type: 'object', additionalProperties: { type: 'integer' } },
  },
  required: [
    'contract_version',
    'operation',
    'title',
    'request',
    'response',
    'checks',
    'statuses',
    'private_modules',
    'boundary',
    'limits',
  ],
};

/**
 * The component schemas of the HTTP layer's own answers (errors, health, validation
 * verdicts, descriptions and lists). Operation names, schema versions and error codes come
 * from the contract packages and the error table.
 */
export const HTTP_SCHEMAS: Readonly<Record<string, JsonSchema>> = {
  Issue: ISSUE,
  Error: closedObject({ error: ERROR_OBJECT }, ['error'], 'The one shape of every error answer.'),
  CompatibilityError: closedObject(
    { detail: STRING },
    ['detail'],
    'Contract error of a compatibility route, shaped as the reference implementation answered it.',
  ),
  Health: closedObject({ status: { const: 'ok' } }, ['status']),
  OperationDescription: OPERATION_DESCRIPTION,
  ContractDocument: closedObject(
    {
      contract_version: { const: CONTRACT_SCHEMA_VERSION },
      request_schema_version: { const: REQUEST_SCHEMA_VERSION },
      response_schema_version: { const: RESPONSE_SCHEMA_VERSION },
      operations: { type: 'array', items: schemaRef('OperationDescription') },
    },
    ['contract_version', 'request_schema_version', 'response_schema_version', 'operations'],
    'Every operation, described.',
  ),
  OperationList: closedObject(
    {
      contract_version: { const: CONTRACT_SCHEMA_VERSION },
      operations: {
        type: 'array',
        items: closedObject(
          {
            operation: OPERATION,
            title: STRING,
            links: { type: 'object', additionalProperties: STRING },
          },
          ['operation', 'title', 'links'],
        ),
      },
    },
    ['contract_version', 'operations'],
    'The operations, with the paths that serve each.',
  ),
  CompatibilityContract: closedObject(
    {
      schema_version: { const: CONTRACT_SCHEMA_VERSION },
      product: { const: 'CAVRA' },
      public_repository_boundary: closedObject(
        {
          contains_saas_backend: { const: false },
          contains_license_service: { const: false },
          contains_customer_records: { const: false },
          purpose: STRING,
        },
        [
          'contains_saas_backend',
          'contains_license_service',
          'contains_customer_records',
          'purpose',
        ],
      ),
      operations: {
        type: 'array',
        items: closedObject(
          {
            name: OPERATION,
            request: versionOf('request'),
            response: versionOf('response'),
          },
          ['name', 'request', 'response'],
          'An operation and the schema versions of its documents.',
        ),
      },
    },
    ['schema_version', 'product', 'public_repository_boundary', 'operations'],
    'The contract as the reference implementation describes it: each operation by name with its schema versions.',
  ),
  ValidationSuccess: closedObject(
    {
      valid: { const: true },
      kind: CHECKED_KIND,
      operation: OPERATION,
      schema_version: SCHEMA_VERSION,
      issues: { type: 'array', maxItems: 0 },
    },
    ['valid', 'kind', 'operation', 'schema_version', 'issues'],
    "The document is a valid contract document (a pair carries its request's schema_version).",
  ),
  ValidationFailure: closedObject(
    {
      valid: { const: false },
      kind: { anyOf: [CHECKED_KIND, { type: 'null' }] },
      operation: { anyOf: [OPERATION, { type: 'null' }] },
      schema_version: { anyOf: [SCHEMA_VERSION, { type: 'null' }] },
      error: ERROR_OBJECT,
    },
    ['valid', 'kind', 'operation', 'schema_version', 'error'],
    'The document breaks the contract; kind, operation and schema_version are given when known, the issues are in `error.issues`.',
  ),
};
