import { sampleContract } from '@cavra/contract-testkit';
import {
  READINESS,
  REQUEST_SCHEMA_VERSION,
  RESPONSE_SCHEMA_VERSION,
  V2,
} from '@cavra/contracts-core';
import { describe, expect, it } from 'vitest';
import {
  CHECKED_DOCUMENT_KINDS,
  checkDocument,
  documentCheckJson,
  failedDocumentCheck,
} from './check-document.js';

const lane = sampleContract('lane_readiness', READINESS);
const CONTRACTS = [lane];
const request = lane.buildRequest('tenant-acme');
const response = lane.buildResponse(request, {
  first_status: 'degraded',
});
/** A token-shaped string, built at run time so this file holds no secret-looking literal. */
const token = () => ['ghp', 'x'.repeat(36)].join('_');
const check = (value: unknown) => checkDocument(CONTRACTS, value);
const rulesOf = (value: unknown) => check(value).issues.map((issue) => [issue.path, issue.rule]);

describe('checkDocument recognises a request, a response or a {request, response} pair', () => {
  it('names the three kinds it recognises', () => {
    expect(CHECKED_DOCUMENT_KINDS).toEqual(['request', 'response', 'pair']);
  });

  it('returns a valid request or response with the contract that judged it', () => {
    expect(check(request)).toEqual({
      valid: true,
      kind: 'request',
      contract: lane,
      issues: [],
      request,
      response: null,
    });
    expect(check(response)).toEqual({
      valid: true,
      kind: 'response',
      contract: lane,
      issues: [],
      request: null,
      response,
    });
  });

  it('accepts a pair whose halves belong together', () => {
    expect(check({ request, response })).toEqual({
      valid: true,
      kind: 'pair',
      contract: lane,
      issues: [],
      request,
      response,
    });
  });

  it('places the issues of each half of a pair under its key', () => {
    expect(
      rulesOf({
        request: { ...request, tenant_id: '' },
        response: { ...response, schema_version: 'v0' },
      }),
    ).toEqual([
      ['request.tenant_id', expect.any(String)],
      ['response.schema_version', 'schema_version'],
    ]);
  });

  it('refuses a pair whose correlation id or tenant differ, naming the response paths', () => {
    const other = lane.buildResponse(lane.buildRequest('tenant-other'), {
      first_status: 'ready',
    });
    expect(rulesOf({ request, response: other })).toEqual([
      ['response.correlation_id', 'pair'],
      ['response.payload.summary.tenant_id', 'pair'],
    ]);
  });

  it('refuses swapped halves, a missing half and extra keys', () => {
    expect(rulesOf({ request: response, response, note: 1 })).toEqual([
      ['note', 'pair'],
      ['request.schema_version', 'pair'],
    ]);
    expect(rulesOf({ request })).toEqual([['response', 'object']]);
  });

  it('reports a secret under an extra key of a pair by the guard, without the key', () => {
    const secret = token();
    const result = check({ request, response, [secret]: 'x' });
    expect(result.valid).toBe(false);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]?.rule).toMatch(/^key\.|^value\./);
    expect(JSON.stringify(result.issues)).not.toContain(secret);
  });

  it('reports a secret in a document without echoing it', () => {
    const secret = token();
    const result = check({ ...request, requested_by: secret });
    expect(result).toMatchObject({ valid: false, kind: 'request', contract: lane });
    expect(result.issues.map((issue) => issue.path)).toEqual(['requested_by']);
    expect(JSON.stringify(result.issues)).not.toContain(secret);
  });

  it('breaks the one rule "object" for a value that is not an object, at any level', () => {
    for (const value of [null, 1, 'text', [request], true]) {
      const result = check(value);
      expect(result).toMatchObject({ valid: false, kind: null, contract: null });
      expect(result.issues).toEqual([
        {
          path: '',
          message:
            'document must be a JSON object: a request, a response or a {request, response} pair',
          rule: 'object',
        },
      ]);
    }
    expect(rulesOf({ request: [], response })).toEqual([['request', 'object']]);
  });

  it('runs the guard over a value that is not an object too', () => {
    const secret = token();
    const result = check(secret);
    expect(result.issues.map((issue) => issue.rule)).toEqual(['value.github-token', 'object']);
    expect(JSON.stringify(result)).not.toContain(secret);
  });

  it('never throws, whatever it is given', () => {
    const cyclic: Record<string, unknown> = { request: {} };
    cyclic['response'] = cyclic;
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const value of [undefined, cyclic, proxy, { request: proxy, response: proxy }]) {
      expect(check(value).valid).toBe(false);
    }
  });
});

describe('checkDocument over two versions of one operation', () => {
  const laneV2 = sampleContract('lane_readiness', READINESS, V2);
  const BOTH = [lane, laneV2];
  const requestV2 = laneV2.buildRequest('tenant-acme', { correlation_id: request.correlation_id });
  const responseV2 = laneV2.buildResponse(requestV2, { first_status: 'ready' });

  it('judges each document by the contract of its own version', () => {
    expect(checkDocument(BOTH, request).contract).toBe(lane);
    expect(checkDocument(BOTH, requestV2).contract).toBe(laneV2);
    expect(checkDocument(BOTH, { request: requestV2, response: responseV2 })).toMatchObject({
      valid: true,
      kind: 'pair',
      contract: laneV2,
    });
  });

  it("refuses a pair whose response is not in its request's version", () => {
    const mixed = checkDocument(BOTH, { request, response: responseV2 });
    expect(mixed).toMatchObject({ valid: false, kind: 'pair', contract: lane });
    expect(mixed.issues).toEqual([
      {
        path: 'response.schema_version',
        message: "response must answer in the request's schema version",
        rule: 'pair',
      },
    ]);
  });

  it('gives the schema version of the version the document carries', () => {
    expect(documentCheckJson(checkDocument(BOTH, requestV2)).schema_version).toBe(V2.request);
    expect(documentCheckJson(checkDocument(BOTH, responseV2)).schema_version).toBe(V2.response);
    expect(documentCheckJson(checkDocument(BOTH, request)).schema_version).toBe(
      REQUEST_SCHEMA_VERSION,
    );
  });
});

describe('documentCheckJson is the one JSON shape of a checked document', () => {
  it('gives kind, operation and the schema version of the kind', () => {
    expect(documentCheckJson(check(request))).toEqual({
      valid: true,
      kind: 'request',
      operation: 'lane_readiness',
      schema_version: REQUEST_SCHEMA_VERSION,
      issues: [],
    });
    expect(documentCheckJson(check(response)).schema_version).toBe(RESPONSE_SCHEMA_VERSION);
  });

  it("labels a pair with its request's schema version", () => {
    expect(documentCheckJson(check({ request, response }))).toEqual({
      valid: true,
      kind: 'pair',
      operation: 'lane_readiness',
      schema_version: REQUEST_SCHEMA_VERSION,
      issues: [],
    });
  });

  it('gives null for what was not recognised', () => {
    const issue = { path: '', message: 'not JSON (line 1, column 2)', rule: 'malformed_json' };
    expect(documentCheckJson(failedDocumentCheck([issue]))).toEqual({
      valid: false,
      kind: null,
      operation: null,
      schema_version: null,
      issues: [issue],
    });
  });
});
