import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  LANE_CHECKS,
  LANE_MODULES,
  LANE_OPERATION,
  LaneSummarySchema,
  laneSpec,
} from '../test/lane-contract.js';
import { ContractError } from './contract-error.js';
import { CORRELATION_ID_PATTERN } from './correlation-id.js';
import { defineContract } from './define-contract.js';
import { toGuardIssues } from './guard/assert-public-safe.js';
import { findSensitiveMaterial } from './guard/find-sensitive-material.js';
import { findNonObjects } from './object-shapes.js';
import { toContractError } from './parse-result.js';
import { DEFAULT_RESPONSE_STATUS, READINESS_STATUSES, RESPONSE_STATUSES } from './statuses.js';
import { valibotIssuesToContract } from './valibot-bridge.js';

// Builders and parsers take a compiled walk for valid, clean documents and the full checks
// for everything else. These tests compare them with the full checks alone (written out
// below as the reference), on valid and broken input: same outputs, same errors.

const OPERATION = LANE_OPERATION;
const CHECKS = LANE_CHECKS;
const MODULES = LANE_MODULES;
const SummarySchema = LaneSummarySchema;
const spec = laneSpec;
const lane = defineContract(spec);

const REQUEST_FAILURE = `invalid ${OPERATION} request`;
const RESPONSE_FAILURE = `invalid ${OPERATION} response`;

/** The full checks: the guard, misplaced objects, then the schema. */
function fullChecks(schema: v.GenericSchema, input: unknown, failure: string, path = ''): unknown {
  try {
    const findings = findSensitiveMaterial(input, { path });
    if (findings.length > 0) throw new ContractError(failure, toGuardIssues(findings));
    const misplaced = findNonObjects(schema, input, path);
    if (misplaced.length > 0) throw new ContractError(failure, misplaced);
    const result = v.safeParse(schema, input);
    if (!result.success) {
      throw new ContractError(failure, valibotIssuesToContract(result.issues, path));
    }
    return result.output;
  } catch (caught) {
    throw toContractError(caught, failure);
  }
}

function definedFields(value: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined));
}

/** buildRequest by the full checks alone. */
function referenceRequest(tenantId: string, options: Record<string, unknown>): unknown {
  const { requested_by, correlation_id, ...payload } = options;
  return fullChecks(
    spec.requestSchema,
    {
      schema_version: 'cavra.saas_control_plane.request.v1',
      operation: OPERATION,
      tenant_id: tenantId,
      requested_by,
      correlation_id,
      private_implementation_required: true,
      payload: definedFields(payload),
    },
    REQUEST_FAILURE,
  );
}

const MESSAGES: Record<string, string> = {
  accepted: 'The private service accepted this lane readiness request and will evaluate it.',
  unavailable: 'The private lane readiness service is unavailable, so nothing was evaluated.',
  requires_private_service:
    'The public contract checked the shape of this lane readiness request; only the private CAVRA service can evaluate it.',
};
const NEXT_STEPS: Record<string, string> = {
  accepted: 'Follow the evaluation in the private service using this correlation_id.',
  unavailable:
    'Retry later with the same correlation_id, or contact the operator of the private service.',
  requires_private_service:
    'Send this request to a private deployment that implements the 2 modules in private_modules_required.',
};

/** buildResponse by the full checks alone: the request, then the whole response. */
function referenceResponse(
  request: Record<string, unknown>,
  summary: Record<string, unknown>,
  status: string | undefined,
): unknown {
  const parsed = fullChecks(spec.requestSchema, request, REQUEST_FAILURE) as {
    tenant_id: string;
    correlation_id: string;
    payload: Record<string, unknown>;
  };
  const given = summary['tenant_id'];
  if (typeof given === 'string' && given.trim() !== parsed.tenant_id) {
    throw new ContractError(RESPONSE_FAILURE, [
      {
        path: 'payload.summary.tenant_id',
        message: "tenant_id must match the request's tenant_id",
        rule: 'tenant_mismatch',
      },
    ]);
  }
  const chosen = status ?? DEFAULT_RESPONSE_STATUS;
  const text = (texts: Record<string, string>) =>
    Object.hasOwn(texts, chosen) ? texts[chosen] : texts[DEFAULT_RESPONSE_STATUS];
  return fullChecks(
    spec.responseSchema,
    {
      schema_version: 'cavra.saas_control_plane.response.v1',
      operation: OPERATION,
      status: chosen,
      message: text(MESSAGES),
      correlation_id: parsed.correlation_id,
      private_implementation_required: true,
      payload: {
        summary: {
          tenant_id: parsed.tenant_id,
          lane_scope: parsed.payload['lane_scope'],
          lane_boundary: parsed.payload['lane_boundary'],
          ...definedFields(summary),
        },
        private_modules_required: [...MODULES],
        next_step: text(NEXT_STEPS),
      },
    },
    RESPONSE_FAILURE,
  );
}

/** What a call did, keys in order: its output, or its error's name, message and issues. */
function outcomeOf(run: () => unknown): string {
  try {
    return JSON.stringify({ output: run() });
  } catch (caught) {
    const error = caught as { name?: unknown; message?: unknown; issues?: unknown };
    return JSON.stringify({ name: error.name, message: error.message, issues: error.issues });
  }
}

const githubToken = () => `${'gh'}p_${'Kp4'.repeat(12)}`;
const text = fc.constantFrom(
  'eu',
  ' padded ',
  '',
  'x'.repeat(200),
  'line\nbreak',
  githubToken(),
  `see ${githubToken()}`,
);
const anyValue = fc.oneof(
  text,
  fc.constantFrom(...READINESS_STATUSES, ...CHECKS, true, null, 7),
  fc.array(fc.oneof(text, fc.constantFrom(...CHECKS)), { maxLength: 3 }),
  fc.constant([]),
  fc.constant({}),
);
const options = fc.record(
  {
    requested_by: fc.oneof(fc.constantFrom('community', ' ops '), text),
    correlation_id: fc.constantFrom('saas-0123456789ab', 'saas-abcdefabcdef', 'saas-XYZ'),
    lane_scope: fc.oneof(fc.constantFrom('eu', 'us-east', undefined), text),
    required_checks: fc.oneof(
      fc.subarray([...CHECKS], { minLength: 1 }),
      fc.constant(undefined),
      anyValue,
    ),
    lane_boundary: fc.oneof(fc.constantFrom('Lane boundary.', undefined), text),
    unknown_option: anyValue,
    apiKey: fc.constant('x'),
  },
  { requiredKeys: ['correlation_id'] },
);
const tenants = fc.oneof(fc.constantFrom('tenant-lane', '  tenant-lane ', 'tenant-b'), text);
const validSummaries = fc.record(
  {
    tenant_id: fc.constantFrom('tenant-lane', ' tenant-lane'),
    first_status: fc.constantFrom(...READINESS_STATUSES),
    second_status: fc.constantFrom(...READINESS_STATUSES),
    latest_at: fc.constantFrom('2026-11-21T09:30:00Z', null, undefined),
    lane_scope: fc.constantFrom('eu', undefined),
    blockers: fc.array(fc.constantFrom('billing lag', 'no owner'), { maxLength: 3 }),
    private_validation_required: fc.constant(true),
    lane_boundary: fc.constantFrom('Other boundary.'),
  },
  { requiredKeys: ['first_status', 'second_status'] },
);
/** Valid summaries half of the time, valid ones with one or two wrong fields otherwise. */
const summaries = fc.oneof(
  validSummaries,
  fc
    .tuple(
      validSummaries,
      fc.dictionary(
        fc.constantFrom(...Object.keys(SummarySchema.entries), 'unknown_field'),
        fc.oneof(anyValue, fc.constantFrom('2026-02-30T09:30:00Z', 'bogus', false)),
        { minKeys: 1, maxKeys: 2 },
      ),
    )
    .map(([valid, wrong]) => ({ ...valid, ...wrong })),
);

describe('the fast path gives what the full checks give', () => {
  it('buildRequest: same requests, same errors', () => {
    fc.assert(
      fc.property(tenants, options, (tenant, given) => {
        expect(outcomeOf(() => lane.buildRequest(tenant, given))).toBe(
          outcomeOf(() => referenceRequest(tenant, given)),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('buildRequest: a generated correlation id, the rest as the full checks make it', () => {
    const built = lane.buildRequest('tenant-lane', { lane_scope: 'eu' });
    expect(built.correlation_id).toMatch(CORRELATION_ID_PATTERN);
    expect(JSON.stringify(built)).toBe(
      JSON.stringify(
        referenceRequest('tenant-lane', { lane_scope: 'eu', correlation_id: built.correlation_id }),
      ),
    );
  });

  it('parseRequest, parseResponse and parseSummary: same outputs, same errors', () => {
    fc.assert(
      fc.property(tenants, options, summaries, (tenant, given, summary) => {
        const request = outcomeOf(() => referenceRequest(tenant, given));
        const document = JSON.parse(request)['output'] ?? {
          ...given,
          tenant_id: tenant,
        };
        expect(outcomeOf(() => lane.parseRequest(document))).toBe(
          outcomeOf(() => fullChecks(spec.requestSchema, document, REQUEST_FAILURE)),
        );
        expect(outcomeOf(() => lane.parseSummary(summary))).toBe(
          outcomeOf(() => fullChecks(spec.summarySchema, summary, `invalid ${OPERATION} summary`)),
        );
        const response = {
          schema_version: 'cavra.saas_control_plane.response.v1',
          operation: OPERATION,
          message: 'Checked.',
          correlation_id: 'saas-0123456789ab',
          private_implementation_required: true,
          payload: { summary, private_modules_required: ['first module'], next_step: 'Ask.' },
        };
        expect(outcomeOf(() => lane.parseResponse(response))).toBe(
          outcomeOf(() => fullChecks(spec.responseSchema, response, RESPONSE_FAILURE)),
        );
      }),
      { numRuns: 400 },
    );
  });

  it('buildResponse: same responses, same errors, for every status', () => {
    let successes = 0;
    fc.assert(
      fc.property(
        options,
        summaries,
        fc.constantFrom(...RESPONSE_STATUSES, undefined, 'bogus'),
        (given, summary, status) => {
          const request = lane.buildRequest('tenant-lane', {
            ...given,
            // Valid options here: the request is built; the summary and status vary.
            requested_by: 'community',
            correlation_id: 'saas-0123456789ab',
            unknown_option: undefined,
            apiKey: undefined,
            lane_scope: 'eu',
            required_checks: undefined,
            lane_boundary: undefined,
          });
          const outcome = outcomeOf(() =>
            lane.buildResponse(request, summary, { status: status as never }),
          );
          expect(outcome).toBe(outcomeOf(() => referenceResponse(request, summary, status)));
          if (outcome.startsWith('{"output"')) successes++;
        },
      ),
      { numRuns: 500 },
    );
    expect(successes).toBeGreaterThan(20);
  });
});

describe('buildResponse validates the request it is handed, built or not', () => {
  const summary = { first_status: 'ready', second_status: 'ready' };
  const mutations: [string, (request: Record<string, unknown>) => void][] = [
    ['a token as tenant', (request) => Object.assign(request, { tenant_id: githubToken() })],
    ['a bad correlation id', (request) => Object.assign(request, { correlation_id: 'saas-1' })],
    ['an unknown key', (request) => Object.assign(request, { extra: 1 })],
    ['a missing key', (request) => delete request['tenant_id']],
    ['a payload array', (request) => Object.assign(request, { payload: [] })],
    [
      'a check of another contract',
      (request) => (request['payload'] as { required_checks: string[] }).required_checks.push('x'),
    ],
    [
      'a token in the payload',
      (request) => Object.assign(request['payload'] as object, { lane_scope: githubToken() }),
    ],
    [
      'an own __proto__ key',
      (request) => Object.defineProperty(request, '__proto__', { value: {}, enumerable: true }),
    ],
  ];

  for (const [name, mutate] of mutations) {
    it(`refuses a built request changed afterwards: ${name}`, () => {
      const request = lane.buildRequest('tenant-lane') as unknown as Record<string, unknown>;
      expect(() => lane.buildResponse(request, summary)).not.toThrow();
      mutate(request);
      const outcome = outcomeOf(() => lane.buildResponse(request, summary));
      expect(outcome).toContain('"name":"ContractError"');
      expect(outcome).toBe(outcomeOf(() => referenceResponse(request, summary, undefined)));
      expect(outcome).not.toContain(githubToken());
    });
  }

  it('takes a JSON copy of a built request as it takes the request', () => {
    const request = lane.buildRequest('tenant-lane', { lane_scope: 'eu' });
    const copy = JSON.parse(JSON.stringify(request));
    expect(JSON.stringify(lane.buildResponse(copy, summary))).toBe(
      JSON.stringify(lane.buildResponse(request, summary)),
    );
  });
});

describe('builders keep odd keys as data', () => {
  it('an own __proto__ option or summary key is an unknown key, never a prototype', () => {
    const options = JSON.parse('{"__proto__": {"lane_scope": "eu"}}');
    const requestOutcome = outcomeOf(() => lane.buildRequest('tenant-lane', options));
    expect(requestOutcome).toContain('"path":"payload.__proto__"');
    const request = lane.buildRequest('tenant-lane');
    const summary = JSON.parse(
      '{"first_status": "ready", "second_status": "ready", "__proto__": {"blockers": []}}',
    );
    const responseOutcome = outcomeOf(() => lane.buildResponse(request, summary));
    expect(responseOutcome).toContain('"path":"payload.summary.__proto__"');
    expect(({} as Record<string, unknown>)['lane_scope']).toBeUndefined();
  });

  it('options and summary fields set to undefined count as left out', () => {
    const request = lane.buildRequest('tenant-lane', {
      lane_scope: undefined,
      requested_by: undefined,
    });
    expect(request.payload.lane_scope).toBe('lane-scope');
    expect(request.requested_by).toBe('community');
    const response = lane.buildResponse(request, {
      first_status: 'ready',
      second_status: 'ready',
      lane_scope: undefined,
      tenant_id: undefined,
    });
    expect(response.payload.summary.lane_scope).toBe('lane-scope');
    expect(response.payload.summary.tenant_id).toBe('tenant-lane');
  });
});
