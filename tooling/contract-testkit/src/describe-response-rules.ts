import { DEFAULT_RESPONSE_STATUS, LIMITS, RESPONSE_STATUSES } from '@cavra/contracts-core';
import { describe, expect, it } from 'vitest';
import { type ContractUnderTest, versionsOf } from './contract-under-test.js';
import { CONTROL_CHARACTERS } from './describe-request-rules.js';
import {
  buildRequest,
  buildResponse,
  statusFieldsOf,
  TENANT,
  uniformSummary,
  withValue,
} from './documents.js';
import {
  captureContractError,
  expectIssueAt,
  expectNotEchoed,
  expectRejectedAt,
} from './issues.js';
import { sensitiveValues } from './sensitive-values.js';

/**
 * Registers the response rules: building from a request of the same operation only, the
 * response status, the summary's status vocabulary, defaults inherited from the request,
 * blockers and the summary's labels and boundary text.
 *
 * @param contract The contract under test.
 */
export function describeResponseRules(contract: ContractUnderTest): void {
  const { facts, api } = contract;
  const statusFields = statusFieldsOf(facts);
  const summary = uniformSummary(facts);
  const request = buildRequest(contract);
  const respond = (changes: Record<string, unknown>, options: object = {}) =>
    api.buildResponse(request, { ...summary, ...changes }, options);

  describe('response envelope', () => {
    it('carries the response schema version, the operation and the request correlation id', () => {
      const response = buildResponse(contract, summary, {}, request);
      expect(response.schema_version).toBe(versionsOf(facts).response);
      expect(response.operation).toBe(facts.operation);
      expect(response.correlation_id).toBe(request.correlation_id);
      expect(response.private_implementation_required).toBe(true);
      expect(Object.keys(response)).toEqual([
        'schema_version',
        'operation',
        'status',
        'message',
        'correlation_id',
        'private_implementation_required',
        'payload',
      ]);
      expect(Object.keys(response.payload)).toEqual([
        'summary',
        'private_modules_required',
        'next_step',
      ]);
    });

    it('lists the private modules in contract order', () => {
      expect(buildResponse(contract).payload.private_modules_required).toEqual(
        facts.privateModules,
      );
    });

    it(`defaults status to ${DEFAULT_RESPONSE_STATUS}`, () => {
      expect(buildResponse(contract).status).toBe('requires_private_service');
    });

    it('takes each response status, with its own message and next step', () => {
      const texts = RESPONSE_STATUSES.map((status) => {
        const response = buildResponse(contract, summary, { status }, request);
        expect(response.status).toBe(status);
        expect(response.message.length).toBeGreaterThan(0);
        expect(response.payload.next_step.length).toBeGreaterThan(0);
        return `${response.message}|${response.payload.next_step}`;
      });
      expect(new Set(texts).size).toBe(RESPONSE_STATUSES.length);
    });

    it('rejects a status outside the response vocabulary with one issue at status', () => {
      for (const status of ['ready', 'ACCEPTED', 'toString', '__proto__', '']) {
        const error = captureContractError(() => api.buildResponse(request, summary, { status }));
        expectIssueAt(error, 'status');
        expect(error.issues).toHaveLength(1);
      }
    });

    it('rejects response options that are not an object', () => {
      expect(
        captureContractError(() => api.buildResponse(request, summary, null as never)).issues
          .length,
      ).toBeGreaterThan(0);
    });
  });

  describe('a response answers a request of its own operation', () => {
    it(`refuses a ${facts.foreignOperation} request, naming ${facts.operation}`, () => {
      const foreign = { ...request, operation: facts.foreignOperation };
      const issue = expectRejectedAt(() => api.buildResponse(foreign, summary), 'operation');
      expect(issue.message).toContain(facts.operation);
      expect(issue.rule).toBe('operation_mismatch');
    });

    it('refuses something that is no request at all, naming the operation', () => {
      for (const notRequest of [null, undefined, 'request', [], {}]) {
        const error = captureContractError(() => api.buildResponse(notRequest, summary));
        expect(error.message).toContain(facts.operation);
      }
    });

    it('refuses a request of its own operation that breaks the contract', () => {
      const broken = withValue(request, ['payload', 'required_checks'], []);
      expectRejectedAt(() => api.buildResponse(broken, summary), 'payload.required_checks');
    });

    it('refuses a summary that is not an object', () => {
      for (const bad of [null, [], 'ready']) {
        expectRejectedAt(() => api.buildResponse(request, bad as object), 'payload.summary');
      }
    });
  });

  describe('summary defaults', () => {
    it("takes tenant_id from the request and refuses another tenant's", () => {
      expect(buildResponse(contract).payload.summary['tenant_id']).toBe(TENANT);
      expect(
        buildResponse(contract, { ...summary, tenant_id: ` ${TENANT} ` }).payload.summary[
          'tenant_id'
        ],
      ).toBe(TENANT);
      expectRejectedAt(() => respond({ tenant_id: 'tenant-other' }), 'payload.summary.tenant_id');
    });

    it('fills the fixed defaults', () => {
      const built = buildResponse(contract).payload.summary;
      for (const [field, value] of Object.entries(facts.summaryDefaults)) {
        expect(built[field], field).toEqual(value);
      }
    });

    it('lists the summary fields in wire order', () => {
      expect(Object.keys(buildResponse(contract).payload.summary)).toEqual(facts.summaryFields);
    });

    for (const field of facts.inheritedFields) {
      it(`takes ${field} from the request unless the summary gives it`, () => {
        const [fromRequest, fromSummary] = facts.inheritedSamples?.[field] ?? [
          `request ${field}`,
          `summary ${field}`,
        ];
        const custom = buildRequest(contract, { [field]: fromRequest });
        const inherited = buildResponse(contract, summary, {}, custom);
        expect(inherited.payload.summary[field]).toEqual(fromRequest);
        const given = buildResponse(contract, { ...summary, [field]: fromSummary }, {}, custom);
        expect(given.payload.summary[field]).toEqual(fromSummary);
      });
    }

    it('always says private validation is required', () => {
      expect(buildResponse(contract).payload.summary['private_validation_required']).toBe(true);
      expectRejectedAt(
        () => respond({ private_validation_required: false }),
        'payload.summary.private_validation_required',
      );
    });
  });

  for (const field of statusFields) {
    const path = `payload.summary.${field}`;

    describe(`status field ${field}`, () => {
      it('takes every status of the vocabulary', () => {
        for (const status of facts.statuses) {
          expect(
            buildResponse(contract, { ...summary, [field]: status }).payload.summary[field],
          ).toBe(status);
        }
      });

      it('rejects anything outside the vocabulary', () => {
        const outside = [facts.foreignStatus, 'READY', 'Ready', ' ready', '', 'ok', 'accepted'];
        for (const bad of outside) expectRejectedAt(() => respond({ [field]: bad }), path);
        expectRejectedAt(() => respond({ [field]: 1 }), path);
        expectRejectedAt(() => respond({ [field]: null }), path);
      });

      const fallback = facts.statusDefaults?.[field];
      if (fallback === undefined) {
        it('is required', () => {
          const { [field]: _left, ...rest } = summary;
          expectRejectedAt(() => api.buildResponse(request, rest), path);
        });
      } else {
        it(`defaults to ${fallback}`, () => {
          const { [field]: _left, ...rest } = summary;
          expect(buildResponse(contract, rest).payload.summary[field]).toBe(fallback);
        });
      }
    });
  }

  describe('blockers', () => {
    const path = 'payload.summary.blockers';

    it('keeps the given blockers in order', () => {
      const blockers = ['billing export is late', 'no escalation owner'];
      expect(buildResponse(contract, { ...summary, blockers }).payload.summary['blockers']).toEqual(
        blockers,
      );
    });

    it(`holds at most ${LIMITS.blockerCount} entries`, () => {
      const most = Array.from({ length: LIMITS.blockerCount }, (_, index) => `blocker ${index}`);
      expect(
        buildResponse(contract, { ...summary, blockers: most }).payload.summary['blockers'],
      ).toHaveLength(LIMITS.blockerCount);
      expectRejectedAt(() => respond({ blockers: [...most, 'one more'] }), path);
    });

    it(`holds entries of 1 to ${LIMITS.blockerLength} characters, naming the entry`, () => {
      const longest = 'b'.repeat(LIMITS.blockerLength);
      expect(
        buildResponse(contract, { ...summary, blockers: [longest] }).payload.summary['blockers'],
      ).toEqual([longest]);
      expectRejectedAt(() => respond({ blockers: ['ok', `${longest}b`] }), `${path}[1]`);
      expectRejectedAt(() => respond({ blockers: ['ok', 'ok', ''] }), `${path}[2]`);
    });

    it('holds single-line entries without control characters', () => {
      for (const control of [...CONTROL_CHARACTERS, '\n']) {
        expectRejectedAt(() => respond({ blockers: [`a${control}b`] }), `${path}[0]`);
      }
    });

    it('must be a list of strings', () => {
      expectRejectedAt(() => respond({ blockers: 'late' }), path);
      expectRejectedAt(() => respond({ blockers: ['late', 3] }), `${path}[1]`);
    });

    it('is guard-clean, naming the entry and never quoting the secret', () => {
      for (const { value } of sensitiveValues()) {
        const error = captureContractError(() =>
          respond({ blockers: ['ok', 'ok', `leaked ${value}`] }),
        );
        const issue = expectIssueAt(error, `${path}[2]`);
        expect(issue.message).toMatch(/sensitive value/);
        expectNotEchoed(error, value);
      }
    });
  });

  for (const field of facts.summaryLabelFields) {
    const path = `payload.summary.${field}`;

    describe(`summary label ${field}`, () => {
      it(`holds 1 to ${LIMITS.labelLength} characters without control characters`, () => {
        const longest = 'l'.repeat(LIMITS.labelLength);
        expect(
          buildResponse(contract, { ...summary, [field]: longest }).payload.summary[field],
        ).toBe(longest);
        expectRejectedAt(() => respond({ [field]: '' }), path);
        expectRejectedAt(() => respond({ [field]: `${longest}l` }), path);
        expectRejectedAt(() => respond({ [field]: 'a\u0000b' }), path);
      });

      it('is guard-clean', () => {
        for (const { value } of sensitiveValues()) {
          const error = captureContractError(() => respond({ [field]: value }));
          expectIssueAt(error, path);
          expectNotEchoed(error, value);
        }
      });
    });
  }

  describe(`summary text ${facts.boundaryField}`, () => {
    const path = `payload.summary.${facts.boundaryField}`;

    it(`holds 1 to ${LIMITS.textLength} characters`, () => {
      const longest = 't'.repeat(LIMITS.textLength);
      expect(
        buildResponse(contract, { ...summary, [facts.boundaryField]: longest }).payload.summary[
          facts.boundaryField
        ],
      ).toBe(longest);
      expectRejectedAt(() => respond({ [facts.boundaryField]: '' }), path);
      expectRejectedAt(() => respond({ [facts.boundaryField]: `${longest}t` }), path);
      expectRejectedAt(() => respond({ [facts.boundaryField]: 'a\u0007b' }), path);
    });

    it('is guard-clean', () => {
      for (const { value } of sensitiveValues()) {
        const error = captureContractError(() =>
          respond({ [facts.boundaryField]: `Read ${value}` }),
        );
        expectIssueAt(error, path);
        expectNotEchoed(error, value);
      }
    });
  });
}
