import { SCHEMA_VERSIONS } from '@cavra/contracts-core';
import { describe, expect, it } from 'vitest';
import { type ContractUnderTest, versionsOf } from './contract-under-test.js';
import { buildRequest, buildResponse, type JsonRecord, withValue } from './documents.js';
import { captureContractError, expectFailureAt, expectNotEchoed } from './issues.js';
import { SENSITIVE_KEYS, sensitiveValues } from './sensitive-values.js';

/**
 * Registers the rules of parsing untrusted documents: unknown keys, schema versions,
 * operations, fixed values and object shapes are checked strictly, and the guard runs.
 *
 * @param contract The contract under test.
 */
export function describeStrictParsing(contract: ContractUnderTest): void {
  const { facts, api } = contract;
  const request = buildRequest(contract);
  const response = buildResponse(contract);

  describe('strict request parsing', () => {
    const unknownKeyPaths: (string | number)[][] = [['extra'], ['payload', 'extra']];
    for (const keys of unknownKeyPaths) {
      const path = keys.join('.');
      it(`rejects an unknown key at ${path}`, () => {
        const issue = expectFailureAt(api.safeParseRequest(withValue(request, keys, 'x')), path);
        expect(issue.rule).toBe('unknown_key');
      });
    }

    it('rejects any other schema version', () => {
      const own = versionsOf(contract.facts);
      const others = SCHEMA_VERSIONS.flatMap((known) => [
        known.request,
        known.response,
        known.contract,
      ]).filter((version) => version !== own.request);
      for (const version of [
        ...others,
        'cavra.saas_control_plane.request.v99',
        own.request.toUpperCase(),
      ]) {
        expectFailureAt(
          api.safeParseRequest({ ...request, schema_version: version }),
          'schema_version',
        );
      }
    });

    it('rejects another operation, naming this one', () => {
      for (const operation of [facts.foreignOperation, facts.operation.toUpperCase(), '']) {
        const issue = expectFailureAt(api.safeParseRequest({ ...request, operation }), 'operation');
        expect(issue.message).toContain(facts.operation);
      }
    });

    it('requires private_implementation_required to be true', () => {
      for (const value of [false, 'true', 1]) {
        expectFailureAt(
          api.safeParseRequest({ ...request, private_implementation_required: value }),
          'private_implementation_required',
        );
      }
    });

    it('names every required envelope field that is missing', () => {
      for (const field of [
        'schema_version',
        'operation',
        'tenant_id',
        'correlation_id',
        'payload',
      ]) {
        expectFailureAt(api.safeParseRequest(withValue(request, [field], undefined)), field);
      }
    });

    it('rejects a payload that is an array, not an object', () => {
      expectFailureAt(api.safeParseRequest({ ...request, payload: [] }), 'payload');
    });

    it('rejects a response where a request is expected', () => {
      expect(api.safeParseRequest(response).success).toBe(false);
    });
  });

  describe('strict response parsing', () => {
    const unknownKeyPaths: (string | number)[][] = [
      ['extra'],
      ['payload', 'extra'],
      ['payload', 'summary', 'extra'],
    ];
    for (const keys of unknownKeyPaths) {
      const path = keys.join('.');
      it(`rejects an unknown key at ${path}`, () => {
        const issue = expectFailureAt(api.safeParseResponse(withValue(response, keys, 'x')), path);
        expect(issue.rule).toBe('unknown_key');
      });
    }

    it('rejects any other schema version, and another operation', () => {
      expectFailureAt(
        api.safeParseResponse({ ...response, schema_version: versionsOf(contract.facts).request }),
        'schema_version',
      );
      for (const versions of SCHEMA_VERSIONS) {
        if (versions.response === versionsOf(contract.facts).response) continue;
        expectFailureAt(
          api.safeParseResponse({ ...response, schema_version: versions.response }),
          'schema_version',
        );
      }
      expectFailureAt(
        api.safeParseResponse({ ...response, operation: facts.foreignOperation }),
        'operation',
      );
    });

    it("accepts only this contract's private modules, at least one", () => {
      const modules = ['payload', 'private_modules_required'];
      expectFailureAt(
        api.safeParseResponse(
          withValue(response, modules, [facts.privateModules[0], facts.foreignModule]),
        ),
        'payload.private_modules_required[1]',
      );
      expectFailureAt(
        api.safeParseResponse(withValue(response, modules, [])),
        'payload.private_modules_required',
      );
    });

    it('requires message, next_step and the summary', () => {
      expectFailureAt(
        api.safeParseResponse(withValue(response, ['message'], undefined)),
        'message',
      );
      expectFailureAt(
        api.safeParseResponse(withValue(response, ['payload', 'next_step'], '')),
        'payload.next_step',
      );
      expectFailureAt(
        api.safeParseResponse(withValue(response, ['payload', 'summary'], undefined)),
        'payload.summary',
      );
      expectFailureAt(
        api.safeParseResponse(withValue(response, ['payload', 'summary'], [])),
        'payload.summary',
      );
    });

    it('rejects a request where a response is expected', () => {
      expect(api.safeParseResponse(request).success).toBe(false);
    });
  });

  describe('the guard runs inside every parser', () => {
    const places: {
      name: string;
      document: JsonRecord;
      parse: (input: unknown) => unknown;
      at: string[];
    }[] = [
      { name: 'request payload', document: request, parse: api.parseRequest, at: ['payload'] },
      { name: 'request root', document: request, parse: api.parseRequest, at: [] },
      {
        name: 'response summary',
        document: response,
        parse: api.parseResponse,
        at: ['payload', 'summary'],
      },
    ];

    for (const place of places) {
      it(`rejects keys naming secrets in the ${place.name}, with their path`, () => {
        for (const key of SENSITIVE_KEYS) {
          const error = captureContractError(() =>
            place.parse(withValue(place.document, [...place.at, key], 'x')),
          );
          const path = [...place.at, key].join('.');
          const issue = error.issues.find((candidate) => candidate.path === path);
          expect(issue?.message).toMatch(/sensitive field/);
          expect(issue?.rule).toMatch(/^key\./);
        }
      });
    }

    it('rejects credential values anywhere, with their path, never quoting them', () => {
      for (const { value } of sensitiveValues()) {
        const tampered = withValue(response, ['message'], `Contact us with ${value}`);
        const error = captureContractError(() => api.parseResponse(tampered));
        expect(error.issues.map((issue) => issue.path)).toContain('message');
        expectNotEchoed(error, value);
      }
    });
  });
}
