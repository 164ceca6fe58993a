import { CONTRACT_SCHEMA_VERSION, schemaFileName } from '@cavra/contracts-core';
import {
  DOCUMENT_KINDS,
  type DocumentKind,
  type JsonSchema,
  OPERATIONS,
  type OperationEntry,
} from '../operation-registry.js';
import { MAX_BODY_BYTES } from '../read-json-body.js';
import { fillPath, ROUTES } from '../route-paths.js';
import { HTTP_SCHEMAS } from './http-schemas.js';
import { embeddable, schemaRef } from './json-schema-parts.js';
import {
  olderVersionName,
  operationSchemaNames,
  operationSchemas,
  pascalName,
} from './operation-schemas.js';

/** The OpenAPI version of the generated document. */
export const OPENAPI_VERSION = '3.1.0';

type OpenApiOperation = Record<string, unknown>;

const JSON_TYPE = 'application/json';

function jsonContent(schema: JsonSchema, type: string = JSON_TYPE) {
  return { [type]: { schema } };
}

function answer(description: string, schemaName: string, type?: string) {
  return { description, content: jsonContent(schemaRef(schemaName), type) };
}

function errorRef(status: number) {
  return { $ref: `#/components/responses/Error${status}` };
}

/** Error answers every POST route may give, besides its own. */
const POST_ERRORS = { 400: errorRef(400), 413: errorRef(413), 415: errorRef(415) };

function get(operationId: string, summary: string, tag: string, ok: unknown): OpenApiOperation {
  return { operationId, summary, tags: [tag], responses: { 200: ok } };
}

/** The `?version=` parameter of the routes that serve one schema version of an operation. */
function versionParameter(entry: OperationEntry) {
  const tags = entry.versions.map((version) => version.tag);
  return {
    name: 'version',
    in: 'query',
    required: false,
    description: `The schema version; default the newest (${tags.at(-1)}). Another value is answered 404.`,
    schema: { type: 'string', enum: tags, default: tags.at(-1) },
  };
}

/** A GET of one operation that takes `?version=` and may answer 404 for an unknown one. */
function versionedGet(
  entry: OperationEntry,
  operationId: string,
  summary: string,
  ok: unknown,
): OpenApiOperation {
  const operation = get(operationId, summary, entry.contract.spec.operation, ok);
  return {
    ...operation,
    parameters: [versionParameter(entry)],
    responses: { ...(operation['responses'] as object), 404: errorRef(404) },
  };
}

function post(
  operationId: string,
  summary: string,
  tag: string,
  bodySchema: string,
  responses: Record<string, unknown>,
): OpenApiOperation {
  return {
    operationId,
    summary,
    tags: [tag],
    requestBody: { required: true, content: jsonContent(schemaRef(bodySchema)) },
    responses: { ...POST_ERRORS, ...responses },
  };
}

function operationPaths(entry: OperationEntry): Record<string, Record<string, OpenApiOperation>> {
  const names = operationSchemaNames(entry);
  const { operation } = entry.contract.spec;
  const params = { operation };
  const id = pascalName(operation);
  const tag = operation;
  const paths: Record<string, Record<string, OpenApiOperation>> = {
    [fillPath(ROUTES.operation, params)]: {
      get: versionedGet(
        entry,
        `describe${id}`,
        `Describe ${operation}`,
        answer('The description.', 'OperationDescription'),
      ),
    },
  };
  for (const kind of DOCUMENT_KINDS) {
    paths[fillPath(ROUTES.schema, { ...params, kind })] = {
      get: versionedGet(
        entry,
        `get${id}${kind === 'request' ? 'Request' : 'Response'}Schema`,
        `The shipped JSON Schema of a ${operation} ${kind}`,
        {
          description: `The JSON Schema document shipped as ${entry.packageName}/schema/${entry.versions.map(({ contract }) => schemaFileName(contract.declaration.versions[kind])).join(' or ')}, by version; the newest describes ${names[kind]}.`,
          content: jsonContent({ type: 'object' }, 'application/schema+json'),
        },
      ),
    };
  }
  paths[fillPath(ROUTES.requests, params)] = {
    post: post(`build${id}Request`, `Build a ${operation} request`, tag, names.requestOptions, {
      201: answer('The request.', names.request),
      422: errorRef(422),
    }),
  };
  paths[fillPath(ROUTES.responses, params)] = {
    post: post(
      `build${id}Response`,
      `Build the response to a ${operation} request`,
      tag,
      names.responseInput,
      { 201: answer('The response.', names.response), 422: errorRef(422) },
    ),
  };
  paths[entry.compatPath] = {
    post: post(
      `compatibility${id}`,
      `Build a ${operation} request and response from a flat body (compatibility)`,
      'compatibility',
      names.compatInput,
      {
        200: answer('The request and response.', names.compatResult),
        400: {
          description:
            'A contract error ({ detail }), or a body that is not JSON (the usual error shape).',
          content: jsonContent({
            oneOf: [schemaRef('CompatibilityError'), schemaRef('Error')],
          }),
        },
      },
    ),
  };
  return paths;
}

function errorResponse(description: string) {
  return answer(description, 'Error');
}

/**
 * Generates the OpenAPI 3.1 document of this API. Request and response shapes are the
 * contract packages' shipped JSON Schema documents, and the builder and compatibility
 * bodies are assembled from their properties, so the document cannot drift from the
 * contracts.
 *
 * @returns The document, a plain JSON value.
 */
export function buildOpenApiDocument(): Record<string, unknown> {
  const schemas: Record<string, JsonSchema> = { ...HTTP_SCHEMAS };
  let paths: Record<string, Record<string, OpenApiOperation>> = {
    [ROUTES.health]: {
      get: get('health', 'Liveness check', 'service', answer('The service is up.', 'Health')),
    },
    [ROUTES.openapi]: {
      get: get('openapi', 'This OpenAPI document', 'service', {
        description: 'The OpenAPI 3.1 document.',
        content: jsonContent({ type: 'object' }),
      }),
    },
    [ROUTES.contract]: {
      get: get(
        'contract',
        'Every operation, described',
        'contract',
        answer('The contract.', 'ContractDocument'),
      ),
    },
    [ROUTES.operations]: {
      get: get(
        'operations',
        'The operations',
        'contract',
        answer('The operations.', 'OperationList'),
      ),
    },
  };
  const requests: JsonSchema[] = [];
  const responses: JsonSchema[] = [];
  for (const entry of OPERATIONS) {
    Object.assign(schemas, operationSchemas(entry));
    paths = { ...paths, ...operationPaths(entry) };
    const names = operationSchemaNames(entry);
    for (const version of entry.versions.slice(0, -1)) {
      // Older published versions: validated too, each as its package ships it.
      const tagged = (kind: DocumentKind) => {
        const name = olderVersionName(names[kind], version.tag);
        schemas[name] = embeddable(version.schemas[kind]);
        return schemaRef(name);
      };
      requests.push(tagged('request'));
      responses.push(tagged('response'));
    }
    requests.push(schemaRef(names.request));
    responses.push(schemaRef(names.response));
  }
  schemas['ContractDocumentInput'] = {
    description:
      "A request or response document of any operation in any published schema version, or a {request, response} pair of one operation (same correlation id and tenant, the response in its request's schema version). Anything JSON is accepted: invalid documents are answered 422 with their issues.",
    anyOf: [
      ...requests,
      ...responses,
      {
        type: 'object',
        properties: { request: { anyOf: requests }, response: { anyOf: responses } },
        required: ['request', 'response'],
        additionalProperties: false,
      },
    ],
  };
  paths[ROUTES.validate] = {
    post: post(
      'validate',
      'Validate any request or response document',
      'contract',
      'ContractDocumentInput',
      {
        200: answer('The document is valid.', 'ValidationSuccess'),
        400: answer('The body is not JSON (rule malformed_json).', 'ValidationFailure'),
        422: answer('The document breaks the contract.', 'ValidationFailure'),
      },
    ),
  };
  paths[ROUTES.compatContract] = {
    get: get(
      'compatibilityContract',
      'The contract, as the reference implementation described it (compatibility)',
      'compatibility',
      answer('The contract.', 'CompatibilityContract'),
    ),
  };

  return {
    openapi: OPENAPI_VERSION,
    info: {
      title: 'CAVRA contracts HTTP API',
      version: CONTRACT_SCHEMA_VERSION,
      summary: 'Build, validate and describe CAVRA operating contract documents.',
      description: `Every answer is JSON and carries Cache-Control: no-store. POST bodies must be JSON (Content-Type: application/json) of at most ${MAX_BODY_BYTES} bytes. Errors share one shape: { "error": { "code", "message", "issues"? } }.`,
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    tags: [
      { name: 'service' },
      { name: 'contract' },
      ...OPERATIONS.map(({ contract }) => ({
        name: contract.spec.operation,
        description: contract.spec.title,
      })),
      { name: 'compatibility', description: "Routes of the reference implementation's API." },
    ],
    paths,
    components: {
      schemas,
      responses: {
        Error400: errorResponse('The body is not valid JSON.'),
        Error413: errorResponse(`The body is larger than ${MAX_BODY_BYTES} bytes.`),
        Error415: errorResponse('The body is not declared as JSON.'),
        Error404: errorResponse('No such operation, document kind or schema version.'),
        Error422: errorResponse('The body breaks the contract; the issues say where.'),
      },
    },
  };
}
