import { sampleContract } from '@cavra/contract-testkit';
import {
  type AnyContract,
  AUTOMATION,
  READINESS,
  REQUEST_SCHEMA_VERSION,
  RESPONSE_SCHEMA_VERSION,
  V2,
} from '@cavra/contracts-core';
import { describe, expect, it } from 'vitest';
import { findContract, recognizeDocument, validateDocument } from './recognize-document.js';

const probe = sampleContract('probe_readiness', READINESS);
const drill = sampleContract('drill_automation', AUTOMATION);
// A heterogeneous list, as a front end holds it.
const CONTRACTS: readonly AnyContract[] = [probe, drill];
const KNOWN = 'operation must be one of: probe_readiness, drill_automation';

const request = probe.buildRequest('tenant-a', { correlation_id: 'saas-00000000abcd' });
const response = drill.buildResponse(drill.buildRequest('tenant-b'), { first_status: 'enabled' });

/** A token-shaped string, built at run time so this file holds no secret-looking literal. */
const githubToken = () => `${'gh'}p_${'a1B2'.repeat(9)}`;

/** A proxy that has been revoked: any inspection of it throws. */
function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

describe('findContract looks an operation up in a list of contracts', () => {
  it('finds each listed contract by its operation', () => {
    expect(findContract(CONTRACTS, 'probe_readiness')).toBe(probe);
    expect(findContract(CONTRACTS, 'drill_automation')).toBe(drill);
  });

  it('finds nothing for other names, non-strings or an empty list', () => {
    for (const name of ['other', 'PROBE_READINESS', '', 'toString', '__proto__', 'constructor']) {
      expect(findContract(CONTRACTS, name), name).toBeUndefined();
    }
    for (const value of [undefined, null, 1, ['probe_readiness'], { operation: 'x' }]) {
      expect(findContract(CONTRACTS, value)).toBeUndefined();
    }
    expect(findContract([], 'probe_readiness')).toBeUndefined();
  });
});

describe('recognizeDocument reads the kind and the contract a document names', () => {
  it('recognises a request and a response of different contracts', () => {
    expect(recognizeDocument(CONTRACTS, request)).toEqual({ kind: 'request', contract: probe });
    expect(recognizeDocument(CONTRACTS, response)).toEqual({ kind: 'response', contract: drill });
  });

  it('recognises each part alone, without validating anything else', () => {
    expect(recognizeDocument(CONTRACTS, { schema_version: RESPONSE_SCHEMA_VERSION })).toEqual({
      kind: 'response',
      contract: null,
    });
    expect(recognizeDocument(CONTRACTS, { operation: 'drill_automation', extra: 1 })).toEqual({
      kind: null,
      contract: drill,
    });
    expect(recognizeDocument(CONTRACTS, { ...request, schema_version: 'v0' })).toEqual({
      kind: null,
      contract: probe,
    });
  });

  it('recognises nothing in a value that is not an object', () => {
    for (const value of [undefined, null, 0, 'probe_readiness', [request], revokedProxy()]) {
      expect(recognizeDocument(CONTRACTS, value)).toEqual({ kind: null, contract: null });
    }
  });

  it('reads own data properties only: no inherited value, no getter run', () => {
    const inherited = Object.create({
      schema_version: REQUEST_SCHEMA_VERSION,
      operation: 'probe_readiness',
    });
    expect(recognizeDocument(CONTRACTS, inherited)).toEqual({ kind: null, contract: null });
    let calls = 0;
    const withGetters = Object.defineProperties(
      {},
      {
        schema_version: {
          enumerable: true,
          get: () => {
            calls++;
            return REQUEST_SCHEMA_VERSION;
          },
        },
        operation: {
          enumerable: true,
          get: () => {
            calls++;
            throw new Error('getter');
          },
        },
      },
    );
    expect(recognizeDocument(CONTRACTS, withGetters)).toEqual({ kind: null, contract: null });
    expect(calls).toBe(0);
  });
});

describe('validateDocument judges a document by the contract it names', () => {
  it('accepts a valid request and returns it as the parser does', () => {
    const { requested_by: _omitted, ...withoutRequester } = request;
    const verdict = validateDocument(CONTRACTS, withoutRequester);
    expect(verdict).toEqual({ valid: true, kind: 'request', contract: probe, output: request });
    expect(verdict.valid && verdict.output).not.toBe(withoutRequester);
  });

  it('accepts a valid response', () => {
    expect(validateDocument(CONTRACTS, response)).toEqual({
      valid: true,
      kind: 'response',
      contract: drill,
      output: response,
    });
  });

  it('judges a request labelled as a response by the response schema', () => {
    const verdict = validateDocument(CONTRACTS, {
      ...request,
      schema_version: RESPONSE_SCHEMA_VERSION,
    });
    expect(verdict).toMatchObject({ valid: false, kind: 'response', contract: probe });
    expect(verdict.valid ? [] : verdict.issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['message', 'payload.summary', 'tenant_id']),
    );
  });

  it('reports the contract issues of a known but invalid document', () => {
    const verdict = validateDocument(CONTRACTS, {
      ...request,
      payload: { ...request.payload, required_checks: ['first_check', 'first_check'] },
    });
    expect(verdict).toMatchObject({ valid: false, kind: 'request', contract: probe });
    expect(verdict.valid ? [] : verdict.issues.map((issue) => issue.path)).toEqual([
      'payload.required_checks',
    ]);
  });

  it('says which of schema_version and operation is unknown, keeping what is known', () => {
    expect(validateDocument(CONTRACTS, { ...request, schema_version: 'v0' })).toEqual({
      valid: false,
      kind: null,
      contract: probe,
      issues: [
        {
          path: 'schema_version',
          message: `schema_version must be ${REQUEST_SCHEMA_VERSION}, ${RESPONSE_SCHEMA_VERSION}, ${V2.request} or ${V2.response}`,
          rule: 'schema_version',
        },
      ],
      truncated: 0,
      incomplete: false,
    });
    expect(validateDocument(CONTRACTS, { ...request, operation: 'toString' })).toEqual({
      valid: false,
      kind: 'request',
      contract: null,
      issues: [{ path: 'operation', message: KNOWN, rule: 'operation' }],
      truncated: 0,
      incomplete: false,
    });
  });

  it('lists the known operations in the order of the list, never the value received', () => {
    const verdict = validateDocument([drill, probe], { ...request, operation: 'secret-name' });
    const messages = verdict.valid ? [] : verdict.issues.map((issue) => issue.message);
    expect(messages).toEqual(['operation must be one of: drill_automation, probe_readiness']);
  });

  it('still runs the guard over an unrecognised document, after the recognition issues', () => {
    const token = githubToken();
    const verdict = validateDocument(CONTRACTS, { note: token });
    expect(verdict).toMatchObject({ valid: false, kind: null, contract: null });
    const issues = verdict.valid ? [] : verdict.issues;
    expect(issues.map((issue) => [issue.path, issue.rule])).toEqual([
      ['schema_version', 'schema_version'],
      ['operation', 'operation'],
      ['note', expect.stringMatching(/^value\./)],
    ]);
    expect(JSON.stringify(verdict)).not.toContain(token);
  });

  it('never echoes a secret in a known document either', () => {
    const token = githubToken();
    const verdict = validateDocument(CONTRACTS, { ...request, requested_by: token });
    expect(verdict).toMatchObject({ valid: false, kind: 'request', contract: probe });
    expect(verdict.valid ? [] : verdict.issues.map((issue) => issue.path)).toEqual([
      'requested_by',
    ]);
    expect(JSON.stringify(verdict)).not.toContain(token);
  });

  it('refuses a value that is not a JSON object', () => {
    for (const value of [undefined, null, 0, 'text', [request], revokedProxy()]) {
      expect(validateDocument(CONTRACTS, value)).toEqual({
        valid: false,
        kind: null,
        contract: null,
        issues: [{ path: '', message: 'document must be a JSON object', rule: 'object' }],
        truncated: 0,
        incomplete: false,
      });
    }
  });

  it('lists the issues that fit and counts the rest, also for a document of unknown kind', () => {
    const token = `${'ghp'}_${'z'.repeat(36)}`;
    const verdict = validateDocument(CONTRACTS, { notes: Array(500).fill(token) });
    expect(verdict.valid).toBe(false);
    if (verdict.valid) return;
    expect(verdict.issues.length).toBeGreaterThan(10);
    expect(verdict.issues.length).toBeLessThanOrEqual(100);
    // Two envelope issues and the guard's first 100 findings, of which those that fit are listed.
    expect(verdict.issues.length + (verdict.truncated ?? 0)).toBe(102);
  });

  it('never throws, whatever the document holds', () => {
    const cyclic: Record<string, unknown> = { schema_version: REQUEST_SCHEMA_VERSION };
    cyclic['self'] = cyclic;
    const throwing = Object.defineProperty({ operation: 'other' }, 'payload', {
      enumerable: true,
      get: () => {
        throw new Error('getter');
      },
    });
    const knownThrowing = Object.defineProperty({ ...request }, 'payload', {
      enumerable: true,
      get: () => {
        throw new Error('getter');
      },
    });
    const hostileProxy = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('trap');
        },
      },
    );
    for (const input of [cyclic, throwing, knownThrowing, hostileProxy, { __proto__: { a: 1 } }]) {
      const verdict = validateDocument(CONTRACTS, input);
      expect(verdict.valid).toBe(false);
      expect(verdict.valid ? [] : verdict.issues.length).toBeGreaterThan(0);
    }
    const unreadable = validateDocument(CONTRACTS, throwing);
    expect(unreadable.valid ? [] : unreadable.issues.at(-1)).toEqual({
      path: '',
      message: 'document could not be read as JSON data',
      rule: 'unreadable',
    });
  });
});

describe('the public indexes export document recognition', () => {
  it('exports the functions here, and the kinds and status-field helper from core', async () => {
    const contracts = await import('../index.js');
    expect(contracts.validateDocument).toBe(validateDocument);
    expect(contracts.recognizeDocument).toBe(recognizeDocument);
    expect(contracts.findContract).toBe(findContract);
    for (const name of [
      'checkDocument',
      'documentCheckJson',
      'failedDocumentCheck',
      'CHECKED_DOCUMENT_KINDS',
      'parseJsonText',
      'MAX_JSON_DEPTH',
    ]) {
      expect(contracts, name).toHaveProperty(name);
    }
    const core = await import('@cavra/contracts-core');
    expect(core).not.toHaveProperty('checkDocument');
    for (const name of [
      'documentKindOf',
      'DOCUMENT_KINDS',
      'DOCUMENT_SCHEMA_VERSIONS',
      'contractStatusFields',
    ]) {
      expect(core, name).toHaveProperty(name);
    }
  });
});

describe('two versions of one operation side by side', () => {
  const probeV2 = sampleContract('probe_readiness', READINESS, V2);
  const BOTH: readonly AnyContract[] = [probe, probeV2, drill];
  const requestV2 = probeV2.buildRequest('tenant-a');
  const responseV2 = probeV2.buildResponse(requestV2, { first_status: 'ready' });
  const responseV1 = probe.buildResponse(request, { first_status: 'ready' });

  it('finds the contract of the document’s version, else the first of the operation', () => {
    expect(findContract(BOTH, 'probe_readiness', V2.request)).toBe(probeV2);
    expect(findContract(BOTH, 'probe_readiness', V2.response)).toBe(probeV2);
    expect(findContract(BOTH, 'probe_readiness', REQUEST_SCHEMA_VERSION)).toBe(probe);
    expect(findContract(BOTH, 'probe_readiness', 'cavra.saas_control_plane.request.v9')).toBe(
      probe,
    );
    expect(findContract(BOTH, 'drill_automation', V2.request)).toBe(drill);
  });

  it('recognises and validates both versions of each kind', () => {
    for (const [document, kind, contract] of [
      [request, 'request', probe],
      [responseV1, 'response', probe],
      [requestV2, 'request', probeV2],
      [responseV2, 'response', probeV2],
    ] as const) {
      expect(recognizeDocument(BOTH, document)).toEqual({ kind, contract });
      const verdict = validateDocument(BOTH, JSON.parse(JSON.stringify(document)));
      expect(verdict).toMatchObject({ valid: true, kind, contract });
    }
  });

  it('rejects a v2 document of an operation that publishes only v1, at schema_version', () => {
    const verdict = validateDocument(BOTH, {
      ...drill.buildRequest('tenant-b'),
      schema_version: V2.request,
    });
    expect(verdict.valid).toBe(false);
    expect(verdict.contract).toBe(drill);
    expect(!verdict.valid && verdict.issues.map((issue) => issue.path)).toEqual(['schema_version']);
  });

  it('keeps each parser to its own version', () => {
    expect(probe.safeParseRequest(requestV2).success).toBe(false);
    expect(probeV2.safeParseRequest(request).success).toBe(false);
    expect(probe.safeParseResponse(responseV2).success).toBe(false);
    expect(probeV2.safeParseResponse(responseV1).success).toBe(false);
  });
});
