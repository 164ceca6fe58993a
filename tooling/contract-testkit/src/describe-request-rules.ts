import { CORRELATION_ID_PATTERN, LIMITS } from '@cavra/contracts-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ContractUnderTest, versionsOf } from './contract-under-test.js';
import { buildRequest, TENANT, withValue } from './documents.js';
import { captureContractError, expectNotEchoed, expectRejectedAt } from './issues.js';
import { sensitiveValues } from './sensitive-values.js';

/** Control characters an identifier or label may never hold (C0, DEL, C1). */
export const CONTROL_CHARACTERS = ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085'] as const;

/**
 * Registers the request rules: the envelope, payload defaults, `required_checks`,
 * identifiers and the payload's labels and boundary text.
 *
 * @param contract The contract under test.
 */
export function describeRequestRules(contract: ContractUnderTest): void {
  const { facts, api } = contract;
  const checks = Object.keys(facts.checkFields);

  describe('request envelope', () => {
    it('carries the request schema version, the operation and private_implementation_required', () => {
      const request = buildRequest(contract);
      expect(request.schema_version).toBe(versionsOf(facts).request);
      expect(request.operation).toBe(facts.operation);
      expect(request.tenant_id).toBe(TENANT);
      expect(request.private_implementation_required).toBe(true);
      expect(Object.keys(request)).toEqual([
        'schema_version',
        'operation',
        'tenant_id',
        'requested_by',
        'correlation_id',
        'private_implementation_required',
        'payload',
      ]);
    });

    it('defaults requested_by to "community" and keeps a given one', () => {
      expect(buildRequest(contract).requested_by).toBe('community');
      expect(buildRequest(contract, { requested_by: 'ops-team' }).requested_by).toBe('ops-team');
    });

    it('generates a fresh "saas-" + 12 hex correlation id unless one is given', () => {
      const first = buildRequest(contract).correlation_id;
      const second = buildRequest(contract).correlation_id;
      expect(first).toMatch(/^saas-[0-9a-f]{12}$/);
      expect(second).toMatch(CORRELATION_ID_PATTERN);
      expect(first).not.toBe(second);
      expect(buildRequest(contract, { correlation_id: 'saas-0123456789ab' }).correlation_id).toBe(
        'saas-0123456789ab',
      );
    });

    it('rejects a malformed correlation id, naming correlation_id', () => {
      for (const bad of [
        'saas-0123456789AB',
        'saas-123',
        'req-0123456789ab',
        ' saas-0123456789ab',
      ]) {
        expectRejectedAt(() => api.buildRequest(TENANT, { correlation_id: bad }), 'correlation_id');
      }
    });

    it('rejects options that are not an object', () => {
      for (const bad of [null, [], 'x', 5]) {
        const error = captureContractError(() => api.buildRequest(TENANT, bad as object));
        expect(error.issues.length).toBeGreaterThan(0);
      }
    });

    it('rejects an unknown option as an unknown payload field', () => {
      const issue = expectRejectedAt(
        () => api.buildRequest(TENANT, { not_a_field: 'x' }),
        'payload.not_a_field',
      );
      expect(issue.rule).toBe('unknown_key');
    });
  });

  describe('request payload defaults', () => {
    it('fills every payload field with its default, in wire order', () => {
      expect(buildRequest(contract).payload).toEqual(facts.payloadDefaults);
      expect(Object.keys(buildRequest(contract).payload)).toEqual(
        Object.keys(facts.payloadDefaults),
      );
    });

    it('defaults required_checks to every check in contract order', () => {
      expect(buildRequest(contract).payload['required_checks']).toEqual(checks);
    });

    it('fills the same defaults when parsing a request whose payload is empty', () => {
      const request = withValue(buildRequest(contract), ['payload'], {});
      const parsed = api.parseRequest(request) as { payload: unknown };
      expect(parsed.payload).toEqual(facts.payloadDefaults);
    });

    for (const field of [...facts.payloadLabelFields, facts.boundaryField]) {
      it(`keeps a given ${field} instead of its default`, () => {
        const value = `custom ${field}`;
        expect(buildRequest(contract, { [field]: value }).payload[field]).toBe(value);
      });
    }
  });

  describe('required_checks', () => {
    it('must not be empty', () => {
      expectRejectedAt(
        () => api.buildRequest(TENANT, { required_checks: [] }),
        'payload.required_checks',
      );
    });

    it("accepts only the operation's own checks, naming the offending entry", () => {
      const bad = [facts.foreignCheck, 'not_a_check', checks[0]?.toUpperCase(), ` ${checks[0]}`];
      for (const entry of bad) {
        expectRejectedAt(
          () => api.buildRequest(TENANT, { required_checks: [checks[0], entry] }),
          'payload.required_checks[1]',
        );
      }
    });

    it('rejects entries that are not strings and a list that is not an array', () => {
      expectRejectedAt(
        () => api.buildRequest(TENANT, { required_checks: [checks[0], 7] }),
        'payload.required_checks[1]',
      );
      expectRejectedAt(
        () => api.buildRequest(TENANT, { required_checks: checks[0] }),
        'payload.required_checks',
      );
    });

    it('must not name a check twice', () => {
      expectRejectedAt(
        () => api.buildRequest(TENANT, { required_checks: [checks[0], checks[1], checks[0]] }),
        'payload.required_checks',
      );
    });

    it("keeps the caller's order for any subset of the checks", () => {
      fc.assert(
        fc.property(fc.shuffledSubarray(checks, { minLength: 1 }), (subset) => {
          const request = buildRequest(contract, { required_checks: subset });
          expect(request.payload['required_checks']).toEqual(subset);
          expect(api.parseRequest(request)).toEqual(request);
        }),
      );
    });

    it('keeps the reversed contract order', () => {
      const reversed = [...checks].reverse();
      expect(
        buildRequest(contract, { required_checks: reversed }).payload['required_checks'],
      ).toEqual(reversed);
    });
  });

  for (const field of ['tenant_id', 'requested_by'] as const) {
    const build = (value: unknown) =>
      field === 'tenant_id'
        ? api.buildRequest(value as string)
        : api.buildRequest(TENANT, { requested_by: value });

    describe(`identifier ${field}`, () => {
      it('is trimmed', () => {
        const request = build('  ops-acme\t') as Record<string, unknown>;
        expect(request[field]).toBe('ops-acme');
      });

      it('must not be empty or blank', () => {
        for (const bad of ['', '   ', '\n\t']) expectRejectedAt(() => build(bad), field);
      });

      it(`holds at most ${LIMITS.identifierLength} characters after trimming`, () => {
        expect(LIMITS.identifierLength).toBe(128);
        const longest = 'a'.repeat(128);
        expect((build(` ${longest} `) as Record<string, unknown>)[field]).toBe(longest);
        expectRejectedAt(() => build('a'.repeat(129)), field);
      });

      it('holds no control characters', () => {
        for (const control of CONTROL_CHARACTERS) {
          expectRejectedAt(() => build(`ops${control}acme`), field);
        }
      });

      it('must be a string', () => {
        for (const bad of [42, true, ['acme'], { id: 'acme' }])
          expectRejectedAt(() => build(bad), field);
      });

      it('is guard-clean, and the error never quotes the secret', () => {
        for (const { value } of sensitiveValues()) {
          const error = captureContractError(() => build(value));
          const issue = error.issues.find((candidate) => candidate.path === field);
          expect(issue?.message).toMatch(/sensitive value/);
          expect(issue?.rule).toMatch(/^value\./);
          expectNotEchoed(error, value);
        }
      });
    });
  }

  for (const field of facts.payloadLabelFields) {
    const path = `payload.${field}`;
    const build = (value: unknown) => api.buildRequest(TENANT, { [field]: value });

    describe(`payload label ${field}`, () => {
      it(`holds 1 to ${LIMITS.labelLength} characters`, () => {
        expect(
          buildRequest(contract, { [field]: 'x'.repeat(LIMITS.labelLength) }).payload[field],
        ).toHaveLength(LIMITS.labelLength);
        expectRejectedAt(() => build(''), path);
        expectRejectedAt(() => build('x'.repeat(LIMITS.labelLength + 1)), path);
      });

      it('holds no control characters, not even a newline', () => {
        for (const control of [...CONTROL_CHARACTERS, '\n', '\t']) {
          expectRejectedAt(() => build(`a${control}b`), path);
        }
      });

      it('must be a string', () => {
        expectRejectedAt(() => build(24), path);
      });

      it('is guard-clean, and the error never quotes the secret', () => {
        for (const { value } of sensitiveValues()) {
          const error = captureContractError(() => build(`scope ${value}`));
          expect(error.issues.map((issue) => issue.path)).toContain(path);
          expectNotEchoed(error, value);
        }
      });
    });
  }

  describe(`payload text ${facts.boundaryField}`, () => {
    const path = `payload.${facts.boundaryField}`;
    const build = (value: unknown) => api.buildRequest(TENANT, { [facts.boundaryField]: value });

    it(`holds 1 to ${LIMITS.textLength} characters, newlines and tabs included`, () => {
      const text = 'line one\n\tline two '.padEnd(LIMITS.textLength, 'x');
      expect(text).toHaveLength(LIMITS.textLength);
      expect(
        buildRequest(contract, { [facts.boundaryField]: text }).payload[facts.boundaryField],
      ).toBe(text);
      expectRejectedAt(() => build(''), path);
      expectRejectedAt(() => build('x'.repeat(LIMITS.textLength + 1)), path);
    });

    it('holds no other control characters', () => {
      for (const control of CONTROL_CHARACTERS) expectRejectedAt(() => build(`a${control}b`), path);
    });

    it('is guard-clean, and the error never quotes the secret', () => {
      for (const { value } of sensitiveValues()) {
        const error = captureContractError(() => build(`See ${value} for access.`));
        expect(error.issues.map((issue) => issue.path)).toContain(path);
        expectNotEchoed(error, value);
      }
    });
  });
}
