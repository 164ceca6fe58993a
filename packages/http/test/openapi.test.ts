import { contractStatusFields } from '@cavra/contracts-core';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildOpenApiDocument,
  createApp,
  DOCUMENT_KINDS,
  OPERATION_NAMES,
  OPERATIONS,
} from '../src/index.js';
import { CONSOLE_ROUTES } from '../src/routes/console-routes.js';
import { fakeGithubToken, JSON_HEADERS } from './api-client.js';

interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
  components: {
    schemas: Record<string, Record<string, unknown>>;
    responses: Record<string, { content: Record<string, { schema: unknown }> }>;
  };
}

/** A JSON pointer, escaped for a URI fragment. */
function toPointer(segments: readonly string[]): string {
  return segments
    .map((segment) => `/${encodeURIComponent(segment.replaceAll('~', '~0').replaceAll('/', '~1'))}`)
    .join('');
}

const document = buildOpenApiDocument() as unknown as OpenApiDocument;
const app = createApp();

/** Every concrete path+method the app serves, with path parameters filled. */
function servedRoutes(): { method: string; path: string }[] {
  const routes: { method: string; path: string }[] = [];
  // The console page and its assets are HTML, CSS and script for people, not the JSON API.
  const consolePaths: readonly string[] = Object.values(CONSOLE_ROUTES);
  for (const route of app.routes) {
    if (route.method === 'ALL' || consolePaths.includes(route.path)) continue;
    let paths = [route.path];
    if (route.path.includes(':operation')) {
      paths = paths.flatMap((path) =>
        OPERATION_NAMES.map((name) => path.replace(':operation', name)),
      );
    }
    if (route.path.includes(':kind')) {
      paths = paths.flatMap((path) => DOCUMENT_KINDS.map((kind) => path.replace(':kind', kind)));
    }
    for (const path of paths) routes.push({ method: route.method.toLowerCase(), path });
  }
  return routes;
}

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document (@seriousme/openapi-schema-validator)', async () => {
    const validator = new Validator();
    const result = await validator.validate(
      structuredClone(document) as unknown as Record<string, unknown>,
    );
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('is what GET /openapi.json serves', async () => {
    const response = await app.request('/openapi.json');
    expect(await response.json()).toEqual(document);
  });

  it('documents every route the app serves, and nothing it does not', () => {
    const served = servedRoutes();
    // Six routes per operation (four operations), and the shared ones.
    expect(served.length).toBe(30);
    const documented = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => ({ method, path })),
    );
    expect(documented).toEqual(expect.arrayContaining(served));
    expect(served).toEqual(expect.arrayContaining(documented));
  });

  it('embeds each shipped JSON Schema unchanged but for its $schema and $id', () => {
    for (const entry of OPERATIONS) {
      const name = entry.contract.spec.operation
        .split('_')
        .map((word) => word[0]?.toUpperCase() + word.slice(1))
        .join('');
      for (const kind of DOCUMENT_KINDS) {
        const { $schema: _dialect, $id: _id, ...shipped } = entry.schemas[kind];
        const suffix = kind === 'request' ? 'Request' : 'Response';
        expect(document.components.schemas[`${name}${suffix}`]).toEqual(shipped);
      }
    }
  });

  it('gives every operation a unique id named after the contract in PascalCase', () => {
    const ids = Object.values(document.paths).flatMap((methods) =>
      Object.values(methods).map(
        (operation) => (operation as { operationId?: string }).operationId,
      ),
    );
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        'describeCustomerOperatingDashboard',
        'getSupportHandoffReadinessRequestSchema',
        'buildSaasOperatingAutomationResponse',
        'compatibilitySaasOperatingAutomation',
      ]),
    );
  });

  it('assembles the builder bodies from the shipped properties', () => {
    const shipped = OPERATIONS[0]?.schemas.request as {
      properties: { tenant_id: unknown; payload: { properties: Record<string, unknown> } };
    };
    const options = document.components.schemas['CustomerOperatingDashboardRequestOptions'] as {
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(options.properties['tenant_id']).toEqual(shipped.properties.tenant_id);
    for (const [field, schema] of Object.entries(shipped.properties.payload.properties)) {
      expect(options.properties[field]).toEqual(schema);
    }
    expect(options.required).toEqual(['tenant_id']);
  });
});

describe('answers match the documented schemas', () => {
  let ajv: Ajv2020;
  const ID = 'https://cavra.invalid/openapi.json';

  beforeAll(() => {
    ajv = new Ajv2020({ strict: true, validateFormats: false, allErrors: true });
    ajv.addKeyword('components');
    ajv.addKeyword('paths');
    ajv.addSchema({ $id: ID, components: document.components, paths: document.paths });
  });

  it('every component schema compiles as JSON Schema 2020-12 in strict mode', () => {
    for (const name of Object.keys(document.components.schemas)) {
      expect(() => ajv.compile({ $ref: `${ID}#/components/schemas/${name}` })).not.toThrow();
    }
  });

  /** Sends a request and checks its answer against the documented schema for its status. */
  async function expectDocumented(method: string, path: string, body?: unknown) {
    const init: RequestInit =
      body === undefined
        ? { method: method.toUpperCase() }
        : { method: method.toUpperCase(), headers: JSON_HEADERS, body: JSON.stringify(body) };
    const response = await app.request(path, init);
    const status = String(response.status);
    let answer = document.paths[path]?.[method]?.responses[status] as
      | { $ref?: string; content?: Record<string, { schema: unknown }> }
      | undefined;
    let pointer = ['paths', path, method, 'responses', status];
    if (answer?.$ref !== undefined) {
      const name = answer.$ref.split('/').pop() as string;
      answer = document.components.responses[name];
      pointer = ['components', 'responses', name];
    }
    expect(answer, `${method} ${path} ${status} is documented`).toBeDefined();
    const type = response.headers.get('content-type')?.split(';')[0] ?? '';
    expect(
      answer?.content?.[type]?.schema,
      `${method} ${path} ${status} documents ${type}`,
    ).toBeDefined();
    const validate = ajv.compile({
      $ref: `${ID}#${toPointer([...pointer, 'content', type, 'schema'])}`,
    });
    const json = await response.json();
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    return response.status;
  }

  it('for every GET route', async () => {
    for (const route of servedRoutes().filter((item) => item.method === 'get')) {
      expect(await expectDocumented('get', route.path)).toBe(200);
    }
  });

  it('for the builder, validate and compatibility routes, on success and on failure', async () => {
    for (const entry of OPERATIONS) {
      const base = `/v1/operations/${entry.contract.spec.operation}`;
      expect(await expectDocumented('post', `${base}/requests`, { tenant_id: 'tenant-a' })).toBe(
        201,
      );
      expect(await expectDocumented('post', `${base}/requests`, { tenant_id: '' })).toBe(422);
      const request = entry.contract.buildRequest('tenant-a', {});
      const summary = Object.fromEntries(
        contractStatusFields(entry.contract.spec).map((field) => [field, 'ready']),
      );
      expect(await expectDocumented('post', `${base}/responses`, { request, summary })).toBe(201);
      expect(await expectDocumented('post', `${base}/responses`, { request })).toBe(422);
      expect(await expectDocumented('post', '/v1/validate', request)).toBe(200);
      expect(await expectDocumented('post', entry.compatPath, { tenant_id: 'tenant-a' })).toBe(200);
      expect(
        await expectDocumented('post', entry.compatPath, { blockers: [fakeGithubToken()] }),
      ).toBe(400);
    }
    expect(await expectDocumented('post', '/v1/validate', { operation: 'x' })).toBe(422);
    expect(await expectDocumented('post', '/v1/validate', 'not an object')).toBe(422);
  });

  it('for the shared error answers', async () => {
    const tooLarge = await app.request('/v1/validate', {
      method: 'POST',
      headers: { ...JSON_HEADERS, 'content-length': String(2 ** 21) },
      body: '{}',
    });
    expect(tooLarge.status).toBe(413);
    const validateError = ajv.compile({ $ref: `${ID}#/components/schemas/Error` });
    expect(validateError(await tooLarge.json())).toBe(true);
    const notFound = await app.request('/nope');
    expect(validateError(await notFound.json())).toBe(true);
  });
});
