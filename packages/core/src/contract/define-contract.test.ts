import { describe, expect, it } from 'vitest';
import { ContractError } from '../contract-error.js';
import { CORRELATION_ID_PATTERN } from '../correlation-id.js';
import { LIMITS } from '../limits.js';
import {
  CONTRACT_SCHEMA_VERSION,
  REQUEST_SCHEMA_VERSION,
  RESPONSE_SCHEMA_VERSION,
  V1,
} from '../v1/versions.js';
import { RESPONSE_STATUSES } from '../vocabulary/statuses.js';
import { AUTOMATION, READINESS } from '../vocabulary/vocabularies.js';
import { checksOf } from './check-fields.js';
import { defineContract } from './define-contract.js';
import { describeContract } from './describe.js';
import { rollupSummary } from './rollup.js';

// A tiny contract that exists only for these tests: three checks, one without a v1 field.
const PROBE_OPERATION = 'probe_readiness';
const PROBE_CHECK_FIELDS = {
  alpha_check: 'alpha_status',
  beta_check: 'beta_status',
  gamma_check: null,
} as const;
const PROBE_CHECKS = checksOf(PROBE_CHECK_FIELDS);
const PROBE_MODULES = ['alpha module', 'beta module'] as const;
const PROBE_BOUNDARY = 'The probe contract checks shapes only; evaluation is private.';

const probe = defineContract({
  packageName: '@cavra/probe',
  versions: V1,
  operation: PROBE_OPERATION,
  title: 'probe readiness',
  checks: PROBE_CHECK_FIELDS,
  vocabulary: READINESS,
  privateModules: PROBE_MODULES,
  boundary: PROBE_BOUNDARY,
  payload: {
    probe_scope: { kind: 'label', default: 'probe-scope' },
    required_checks: { kind: 'list', of: 'checks' },
    probe_boundary: { kind: 'boundary' },
  },
  summary: {
    probe_scope: 'request',
    blockers: { kind: 'list', of: 'lines' },
    private_validation_required: { kind: 'flag' },
    probe_boundary: 'request',
  },
  compatibility: { path: '/probe', command: ['probe'] },
});

// A second one on the automation order, with an overall status field.
const drill = defineContract({
  packageName: '@cavra/drill',
  versions: V1,
  operation: 'drill_automation',
  title: 'drill automation',
  checks: { first_drill: 'first_status', second_drill: 'second_status' },
  overallFields: ['overall_status'],
  vocabulary: AUTOMATION,
  privateModules: ['drill module'],
  boundary: 'Drill boundary.',
  payload: { required_checks: { kind: 'list', of: 'checks' } },
  summary: { blockers: { kind: 'list', of: 'lines' } },
  compatibility: { path: '/drill', command: ['drill'] },
});

const READY_SUMMARY = { alpha_status: 'ready', beta_status: 'ready' } as const;

/** Runs `run`, expects a ContractError and returns it. */
function contractErrorOf(run: () => unknown): ContractError {
  try {
    run();
  } catch (caught) {
    expect(ContractError.isInstance(caught)).toBe(true);
    return caught as ContractError;
  }
  throw new Error('expected a ContractError');
}

/** Token-shaped strings, built at run time so this file holds no secret-looking literal. */
const githubToken = () => `${'gh'}p_${'a1B2'.repeat(9)}`;
const slackToken = () => `${'xo'}xb-1234567890-${'Ab3'.repeat(8)}`;

describe('buildRequest fills the request envelope of the operation', () => {
  it('sets schema version, operation, tenant, requester, correlation id and the private flag', () => {
    const request = probe.buildRequest('tenant-a');
    expect(request).toEqual({
      schema_version: REQUEST_SCHEMA_VERSION,
      operation: 'probe_readiness',
      tenant_id: 'tenant-a',
      requested_by: 'community',
      correlation_id: expect.stringMatching(CORRELATION_ID_PATTERN),
      private_implementation_required: true,
      payload: {
        probe_scope: 'probe-scope',
        required_checks: ['alpha_check', 'beta_check', 'gamma_check'],
        probe_boundary: PROBE_BOUNDARY,
      },
    });
  });

  it('generates a fresh correlation id per request unless one is given', () => {
    expect(probe.buildRequest('t').correlation_id).not.toBe(probe.buildRequest('t').correlation_id);
    const given = probe.buildRequest('t', { correlation_id: 'saas-00000000abcd' });
    expect(given.correlation_id).toBe('saas-00000000abcd');
  });

  it('takes payload fields and requested_by by their wire names', () => {
    const request = probe.buildRequest('tenant-a', {
      requested_by: 'ops-bot',
      probe_scope: 'eu-west',
      required_checks: ['gamma_check', 'alpha_check'],
    });
    expect(request.requested_by).toBe('ops-bot');
    expect(request.payload).toEqual({
      probe_scope: 'eu-west',
      required_checks: ['gamma_check', 'alpha_check'],
      probe_boundary: PROBE_BOUNDARY,
    });
  });

  it('treats options set to undefined as left out', () => {
    const request = probe.buildRequest('t', { requested_by: undefined, probe_scope: undefined });
    expect(request.requested_by).toBe('community');
    expect(request.payload.probe_scope).toBe('probe-scope');
  });

  it('trims the tenant id', () => {
    expect(probe.buildRequest('  tenant-a  ').tenant_id).toBe('tenant-a');
  });

  it('is its own wire form: JSON round-trips to an equal request that parses back', () => {
    const request = probe.buildRequest('tenant-a');
    const wire = JSON.parse(JSON.stringify(request));
    expect(wire).toEqual(request);
    expect(probe.parseRequest(wire)).toEqual(request);
  });

  it('rejects an unknown option as an unknown payload key', () => {
    const error = contractErrorOf(() => probe.buildRequest('t', { surprise: 1 } as never));
    expect(error.issues).toEqual([
      { path: 'payload.surprise', message: 'surprise is not a known field', rule: 'unknown_key' },
    ]);
    expect(error.message).toContain('invalid probe_readiness request');
  });

  it('rejects options that are not an object', () => {
    for (const options of [null, 'scope', 42, ['x']]) {
      const error = contractErrorOf(() => probe.buildRequest('t', options as never));
      expect(error.issues).toEqual([
        { path: 'payload', message: 'options must be an object', rule: 'object' },
      ]);
    }
  });

  it('rejects a bad tenant id with its path', () => {
    expect(contractErrorOf(() => probe.buildRequest('   ')).issues[0]?.path).toBe('tenant_id');
    expect(contractErrorOf(() => probe.buildRequest(7 as never)).issues[0]).toEqual({
      path: 'tenant_id',
      message: 'tenant_id must be a string',
      rule: 'string',
    });
  });

  it('rejects a check of another operation in required_checks', () => {
    const error = contractErrorOf(() =>
      probe.buildRequest('t', { required_checks: ['alpha_check', 'billing_monitoring'] as never }),
    );
    expect(error.issues[0]?.path).toBe('payload.required_checks[1]');
  });

  it('turns a throwing getter in the options into a ContractError', () => {
    const options = {
      get probe_scope(): string {
        throw new Error('getter exploded');
      },
    };
    const error = contractErrorOf(() => probe.buildRequest('t', options));
    expect(error.message).not.toContain('getter exploded');
  });
});

describe('parseRequest is strict about untrusted requests', () => {
  const valid = () => JSON.parse(JSON.stringify(probe.buildRequest('tenant-a')));

  it('returns the request with defaults filled', () => {
    const input = valid();
    delete input.requested_by;
    input.payload = {};
    const parsed = probe.parseRequest(input);
    expect(parsed.requested_by).toBe('community');
    expect(parsed.payload.required_checks).toEqual([...PROBE_CHECKS]);
  });

  it('rejects an unknown top-level key', () => {
    const error = contractErrorOf(() => probe.parseRequest({ ...valid(), extra: true }));
    expect(error.issues).toEqual([
      { path: 'extra', message: 'extra is not a known field', rule: 'unknown_key' },
    ]);
  });

  it('rejects the wrong schema version', () => {
    const error = contractErrorOf(() =>
      probe.parseRequest({ ...valid(), schema_version: RESPONSE_SCHEMA_VERSION }),
    );
    expect(error.issues).toEqual([
      {
        path: 'schema_version',
        message: `schema_version must be "${REQUEST_SCHEMA_VERSION}"`,
        rule: 'literal',
      },
    ]);
  });

  it('rejects another operation and names the expected one', () => {
    const error = contractErrorOf(() => probe.parseRequest({ ...valid(), operation: 'other_op' }));
    expect(error.issues).toEqual([
      { path: 'operation', message: 'operation must be "probe_readiness"', rule: 'literal' },
    ]);
  });

  it('rejects private_implementation_required other than true', () => {
    for (const flag of [false, 'true', 1, null]) {
      const error = contractErrorOf(() =>
        probe.parseRequest({ ...valid(), private_implementation_required: flag }),
      );
      expect(error.issues[0]?.path).toBe('private_implementation_required');
    }
  });

  it('rejects a payload that is an array rather than an object', () => {
    const error = contractErrorOf(() => probe.parseRequest({ ...valid(), payload: [] }));
    expect(error.issues[0]?.path).toBe('payload');
    expect(error.issues[0]?.rule).toBe('object');
  });

  it('rejects documents that are not objects, at the document path', () => {
    for (const input of [null, undefined, 'request', 12, true, []]) {
      const error = contractErrorOf(() => probe.parseRequest(input));
      expect(error.issues[0]?.path).toBe('');
    }
  });

  it('lists every issue of a bad request at once', () => {
    const error = contractErrorOf(() =>
      probe.parseRequest({ ...valid(), tenant_id: '', correlation_id: 'nope', extra: 1 }),
    );
    expect(error.issues.map((issue) => issue.path)).toEqual([
      'tenant_id',
      'correlation_id',
      'extra',
    ]);
  });
});

describe('safeParseRequest returns a result and never throws', () => {
  it('returns success with the output for a valid request', () => {
    const request = probe.buildRequest('tenant-a');
    expect(probe.safeParseRequest(request)).toEqual({ success: true, output: request });
  });

  it('returns the error and its issues for an invalid request', () => {
    const result = probe.safeParseRequest({ operation: 'probe_readiness' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(ContractError.isInstance(result.error)).toBe(true);
    expect(result.issues).toBe(result.error.issues);
    expect(result.issues.map((issue) => issue.path)).toContain('tenant_id');
  });

  it('reports input whose getter throws as unreadable', () => {
    const input = {
      ...probe.buildRequest('t'),
      get tenant_id(): string {
        throw new Error('boom');
      },
    };
    const result = probe.safeParseRequest(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toEqual([
      { path: '', message: 'document could not be read as JSON data', rule: 'unreadable' },
    ]);
  });

  it('reports a revoked proxy and a proxy with throwing traps as unreadable', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('trap');
        },
        get() {
          throw new Error('trap');
        },
      },
    );
    for (const input of [proxy, hostile]) {
      const result = probe.safeParseRequest(input);
      expect(result.success).toBe(false);
      if (!result.success) expect(result.issues[0]?.rule).toBe('unreadable');
    }
  });

  it('survives a getter that throws a hostile proxy', () => {
    const thrown = new Proxy(
      {},
      {
        has() {
          throw new Error('trap');
        },
        get() {
          throw new Error('trap');
        },
      },
    );
    const input = {
      get tenant_id(): string {
        throw thrown;
      },
    };
    const result = probe.safeParseRequest(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues[0]?.rule).toBe('unreadable');
  });

  it('rejects cyclic and deeply nested input without crashing', () => {
    const cyclic: Record<string, unknown> = { ...probe.buildRequest('t') };
    cyclic['payload'] = { probe_scope: cyclic };
    const cyclicResult = probe.safeParseRequest(cyclic);
    expect(cyclicResult.success).toBe(false);
    if (!cyclicResult.success) expect(cyclicResult.issues[0]?.path).toBe('payload.probe_scope');

    let deep: unknown = 'bottom';
    for (let depth = 0; depth < 100_000; depth++) deep = { probe_scope: deep };
    const deepResult = probe.safeParseRequest({ ...probe.buildRequest('t'), payload: deep });
    expect(deepResult.success).toBe(false);
  });
});

describe('the guard runs inside every builder and parser', () => {
  it('rejects a token-shaped tenant id without echoing it', () => {
    const token = githubToken();
    const error = contractErrorOf(() => probe.buildRequest(token));
    expect(error.issues).toEqual([
      {
        path: 'tenant_id',
        message: 'sensitive value at tenant_id is not allowed in a public contract',
        rule: 'value.github-token',
      },
    ]);
    expect(error.message).not.toContain(token);
    expect(JSON.stringify(error.issues)).not.toContain(token);
  });

  it('rejects a secret-named option key before reporting it unknown', () => {
    const error = contractErrorOf(() => probe.buildRequest('t', { apiKey: 'x' } as never));
    expect(error.issues).toEqual([
      {
        path: 'payload.apiKey',
        message: 'sensitive field payload.apiKey is not allowed in a public contract',
        rule: 'key.api-key',
      },
    ]);
  });

  it('rejects a token inside a parsed request payload', () => {
    const token = slackToken();
    const input = { ...probe.buildRequest('t'), payload: { probe_scope: `scope ${token}` } };
    const result = probe.safeParseRequest(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues[0]?.path).toBe('payload.probe_scope');
    expect(result.issues[0]?.rule).toBe('value.slack-token');
    expect(result.error.message).not.toContain(token);
  });

  it('rejects a token in a response summary blocker', () => {
    const token = githubToken();
    const error = contractErrorOf(() =>
      probe.buildResponse(probe.buildRequest('t'), { ...READY_SUMMARY, blockers: ['ok', token] }),
    );
    expect(error.issues[0]?.path).toBe('payload.summary.blockers[1]');
    expect(error.message).not.toContain(token);
  });

  it('rejects a token in a summary passed to rollup', () => {
    const token = githubToken();
    const error = contractErrorOf(() =>
      rollupSummary(probe, { tenant_id: 't', ...READY_SUMMARY, blockers: [token] }),
    );
    expect(error.issues[0]?.rule).toBe('value.github-token');
    expect(error.message).not.toContain(token);
  });
});

describe('buildResponse answers a request of its own operation', () => {
  it('fills the response envelope from the request and the summary', () => {
    const request = probe.buildRequest('tenant-a', { probe_scope: 'eu-west' });
    const response = probe.buildResponse(request, READY_SUMMARY);
    expect(response).toEqual({
      schema_version: RESPONSE_SCHEMA_VERSION,
      operation: 'probe_readiness',
      status: 'requires_private_service',
      message: expect.stringContaining('probe readiness'),
      correlation_id: request.correlation_id,
      private_implementation_required: true,
      payload: {
        summary: {
          tenant_id: 'tenant-a',
          alpha_status: 'ready',
          beta_status: 'ready',
          probe_scope: 'eu-west',
          blockers: [],
          private_validation_required: true,
          probe_boundary: PROBE_BOUNDARY,
        },
        private_modules_required: ['alpha module', 'beta module'],
        next_step: expect.any(String),
      },
    });
  });

  it('uses a different message and next step for each response status', () => {
    const request = probe.buildRequest('t');
    const texts = RESPONSE_STATUSES.map((status) => {
      const response = probe.buildResponse(request, READY_SUMMARY, { status });
      expect(response.status).toBe(status);
      return `${response.message} | ${response.payload.next_step}`;
    });
    expect(new Set(texts).size).toBe(RESPONSE_STATUSES.length);
  });

  it('lets summary fields given by the caller win over those copied from the request', () => {
    const request = probe.buildRequest('t', { probe_scope: 'eu-west' });
    const response = probe.buildResponse(request, { ...READY_SUMMARY, probe_scope: 'us-east' });
    expect(response.payload.summary.probe_scope).toBe('us-east');
  });

  it('accepts the request tenant repeated in the summary', () => {
    const request = probe.buildRequest('tenant-a');
    const response = probe.buildResponse(request, { ...READY_SUMMARY, tenant_id: 'tenant-a' });
    expect(response.payload.summary.tenant_id).toBe('tenant-a');
  });

  it('round-trips through JSON and parseResponse', () => {
    const response = probe.buildResponse(probe.buildRequest('t'), READY_SUMMARY);
    expect(probe.parseResponse(JSON.parse(JSON.stringify(response)))).toEqual(response);
  });

  it('refuses a request of another operation and names the operation', () => {
    const other = drill.buildRequest('t');
    const error = contractErrorOf(() => probe.buildResponse(other as never, READY_SUMMARY));
    expect(error.issues).toEqual([
      {
        path: 'operation',
        message:
          'operation must be probe_readiness: a response answers a request of its own operation',
        rule: 'operation_mismatch',
      },
    ]);
    expect(error.message).toContain('cannot build a probe_readiness response');
  });

  it('refuses a request that is not an object', () => {
    for (const request of [null, 'request', []]) {
      const error = contractErrorOf(() => probe.buildResponse(request as never, READY_SUMMARY));
      expect(error.issues[0]?.rule).toBe('operation_mismatch');
    }
  });

  it('refuses an invalid request of the right operation', () => {
    const request = { ...probe.buildRequest('t'), correlation_id: 'not-an-id' };
    const error = contractErrorOf(() => probe.buildResponse(request, READY_SUMMARY));
    expect(error.issues[0]?.path).toBe('correlation_id');
  });

  it('refuses a summary for another tenant', () => {
    const request = probe.buildRequest('tenant-a');
    const error = contractErrorOf(() =>
      probe.buildResponse(request, { ...READY_SUMMARY, tenant_id: 'tenant-b' }),
    );
    expect(error.issues).toEqual([
      {
        path: 'payload.summary.tenant_id',
        message: "tenant_id must match the request's tenant_id",
        rule: 'tenant_mismatch',
      },
    ]);
  });

  it('refuses a summary that is not an object', () => {
    const request = probe.buildRequest('t');
    for (const summary of [null, 'ready', 3, ['ready']]) {
      const error = contractErrorOf(() => probe.buildResponse(request, summary as never));
      expect(error.issues).toEqual([
        { path: 'payload.summary', message: 'summary must be an object', rule: 'object' },
      ]);
    }
  });

  it('reports summary problems under payload.summary', () => {
    const request = probe.buildRequest('t');
    const error = contractErrorOf(() =>
      probe.buildResponse(request, { alpha_status: 'done', surprise: 1 } as never),
    );
    expect(error.issues.map((issue) => [issue.path, issue.rule])).toEqual([
      ['payload.summary.alpha_status', 'picklist'],
      ['payload.summary.beta_status', 'required'],
      ['payload.summary.surprise', 'unknown_key'],
    ]);
  });

  it('refuses a status outside the response vocabulary', () => {
    const request = probe.buildRequest('t');
    const error = contractErrorOf(() =>
      probe.buildResponse(request, READY_SUMMARY, { status: 'done' as never }),
    );
    expect(error.issues[0]?.path).toBe('status');
  });

  it('refuses options that are not an object with a ContractError', () => {
    const request = probe.buildRequest('t');
    for (const options of [null, 'accepted', 5]) {
      const error = contractErrorOf(() =>
        probe.buildResponse(request, READY_SUMMARY, options as never),
      );
      expect(error.issues[0]?.rule).toBe('object');
    }
  });

  it('turns a throwing getter in the summary into a ContractError', () => {
    const summary = {
      ...READY_SUMMARY,
      get blockers(): string[] {
        throw new Error('getter exploded');
      },
    };
    const error = contractErrorOf(() => probe.buildResponse(probe.buildRequest('t'), summary));
    expect(error.message).not.toContain('getter exploded');
  });
});

describe('parseResponse is strict about untrusted responses', () => {
  const valid = () =>
    JSON.parse(JSON.stringify(probe.buildResponse(probe.buildRequest('t'), READY_SUMMARY)));

  it('rejects a private module the contract does not list', () => {
    const input = valid();
    input.payload.private_modules_required = ['alpha module', 'gamma module'];
    const error = contractErrorOf(() => probe.parseResponse(input));
    expect(error.issues[0]?.path).toBe('payload.private_modules_required[1]');
  });

  it('rejects an unknown key inside the payload', () => {
    const input = valid();
    input.payload.extra = 1;
    expect(contractErrorOf(() => probe.parseResponse(input)).issues[0]?.path).toBe('payload.extra');
  });

  it('rejects a request where a response is expected', () => {
    const error = contractErrorOf(() => probe.parseResponse(probe.buildRequest('t')));
    expect(error.issues.map((issue) => issue.path)).toContain('schema_version');
    expect(error.message).toContain('invalid probe_readiness response');
  });

  it('fills the default status when a response leaves it out', () => {
    const input = valid();
    delete input.status;
    expect(probe.parseResponse(input).status).toBe('requires_private_service');
  });

  it('safeParseResponse reports failures without throwing', () => {
    const result = probe.safeParseResponse('not json data');
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues[0]?.path).toBe('');
  });
});

describe('describeContract publishes the contract’s public description', () => {
  it('lists versions, fields, checks, statuses, modules, boundary and limits', () => {
    expect(describeContract(probe)).toEqual({
      contract_version: CONTRACT_SCHEMA_VERSION,
      operation: 'probe_readiness',
      title: 'probe readiness',
      request: {
        schema_version: REQUEST_SCHEMA_VERSION,
        fields: [
          'schema_version',
          'operation',
          'tenant_id',
          'requested_by',
          'correlation_id',
          'private_implementation_required',
          'payload',
        ],
        payload_fields: ['probe_scope', 'required_checks', 'probe_boundary'],
        payload_defaults: {
          probe_scope: 'probe-scope',
          required_checks: ['alpha_check', 'beta_check', 'gamma_check'],
          probe_boundary: PROBE_BOUNDARY,
        },
      },
      response: {
        schema_version: RESPONSE_SCHEMA_VERSION,
        fields: [
          'schema_version',
          'operation',
          'status',
          'message',
          'correlation_id',
          'private_implementation_required',
          'payload',
        ],
        payload_fields: ['summary', 'private_modules_required', 'next_step'],
        summary_fields: [
          'tenant_id',
          'alpha_status',
          'beta_status',
          'probe_scope',
          'blockers',
          'private_validation_required',
          'probe_boundary',
        ],
        statuses: ['accepted', 'unavailable', 'requires_private_service'],
        default_status: 'requires_private_service',
      },
      checks: [
        { check: 'alpha_check', summary_field: 'alpha_status' },
        { check: 'beta_check', summary_field: 'beta_status' },
        { check: 'gamma_check', summary_field: null },
      ],
      statuses: ['ready', 'degraded', 'blocked', 'unknown'],
      private_modules: ['alpha module', 'beta module'],
      boundary: PROBE_BOUNDARY,
      limits: LIMITS,
    });
  });

  it('is plain JSON data', () => {
    const description = describeContract(probe);
    expect(JSON.parse(JSON.stringify(description))).toEqual(description);
  });
});

describe('rollupSummary gives the readiness view of a summary', () => {
  it('is ready when every reported check is ready and there are no blockers', () => {
    expect(rollupSummary(probe, { tenant_id: 'tenant-a', ...READY_SUMMARY })).toEqual({
      operation: 'probe_readiness',
      tenant_id: 'tenant-a',
      status: 'ready',
      ready: true,
      checks: [
        { check: 'alpha_check', field: 'alpha_status', status: 'ready' },
        { check: 'beta_check', field: 'beta_status', status: 'ready' },
        { check: 'gamma_check', field: null, status: null },
      ],
      attention: [],
      blockers: [],
    });
  });

  it('takes the worst status and lists the checks needing attention in contract order', () => {
    const view = rollupSummary(probe, {
      tenant_id: 't',
      alpha_status: 'degraded',
      beta_status: 'blocked',
    });
    expect(view.status).toBe('blocked');
    expect(view.ready).toBe(false);
    expect(view.attention.map((entry) => entry.check)).toEqual(['alpha_check', 'beta_check']);
  });

  it('is not ready when blockers remain even if every status is ready', () => {
    const view = rollupSummary(probe, {
      tenant_id: 't',
      ...READY_SUMMARY,
      blockers: ['waiting on billing'],
    });
    expect(view.status).toBe('ready');
    expect(view.ready).toBe(false);
    expect(view.blockers).toEqual(['waiting on billing']);
  });

  it('counts unknown as needing attention', () => {
    const view = rollupSummary(probe, {
      tenant_id: 't',
      alpha_status: 'unknown',
      beta_status: 'ready',
    });
    expect(view.status).toBe('unknown');
    expect(view.attention).toEqual([
      { check: 'alpha_check', field: 'alpha_status', status: 'unknown' },
    ]);
  });

  it('treats scheduled, enabled and automated as satisfied on the automation order', () => {
    const view = rollupSummary(drill, {
      tenant_id: 't',
      overall_status: 'automated',
      first_status: 'scheduled',
      second_status: 'enabled',
    });
    expect(view.status).toBe('scheduled');
    expect(view.ready).toBe(true);
    expect(view.attention).toEqual([]);
  });

  it('counts the overall status field in the rollup', () => {
    const view = rollupSummary(drill, {
      tenant_id: 't',
      overall_status: 'blocked',
      first_status: 'ready',
      second_status: 'ready',
    });
    expect(view.status).toBe('blocked');
    expect(view.ready).toBe(false);
    expect(view.attention).toEqual([]);
  });

  it('rejects an invalid summary with a ContractError', () => {
    const error = contractErrorOf(() =>
      rollupSummary(probe, { tenant_id: 't', alpha_status: 'ready' } as never),
    );
    expect(error.message).toContain('invalid probe_readiness summary');
    expect(error.issues[0]?.path).toBe('beta_status');
  });

  it('parseSummary fills the summary defaults', () => {
    expect(probe.parseSummary({ tenant_id: 't', ...READY_SUMMARY })).toEqual({
      tenant_id: 't',
      ...READY_SUMMARY,
      probe_scope: 'probe-scope',
      blockers: [],
      private_validation_required: true,
      probe_boundary: PROBE_BOUNDARY,
    });
  });
});
