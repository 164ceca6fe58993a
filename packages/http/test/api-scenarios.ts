import {
  buildCustomerOperatingDashboardRequest,
  buildCustomerOperatingDashboardResponse,
  buildSupportHandoffReadinessRequest,
  CUSTOMER_OPERATING_DASHBOARD_CHECKS,
  CUSTOMER_OPERATING_DASHBOARD_STATUS_FIELDS,
  DEFAULT_AUTOMATION_CADENCE,
  DEFAULT_DASHBOARD_SCOPE,
  parseCustomerOperatingDashboardRequest,
  parseCustomerOperatingDashboardResponse,
  parseSaasOperatingAutomationRequest,
  parseSaasOperatingAutomationResponse,
  SAAS_OPERATING_AUTOMATION_OVERALL_FIELD,
  SAAS_OPERATING_AUTOMATION_STATUS_FIELDS,
} from '@cavra/contracts';
import {
  CONTRACT_SCHEMA_VERSION,
  describeContract,
  REQUEST_SCHEMA_VERSION,
  RESPONSE_SCHEMA_VERSION,
} from '@cavra/contracts-core';
import dashboardRequestSchema from '@cavra/customer-operating-dashboard/schema/request.v1.json' with {
  type: 'json',
};
import saasResponseSchema from '@cavra/saas-operating-automation/schema/response.v1.json' with {
  type: 'json',
};
import {
  parseSupportHandoffReadinessResponse as parseSupportHandoffReadinessResponseV1,
  SUPPORT_HANDOFF_READINESS_STATUS_FIELDS as SUPPORT_HANDOFF_READINESS_STATUS_FIELDS_V1,
} from '@cavra/support-handoff-readiness/v1';
import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, OPERATION_NAMES, OPERATIONS } from '../src/index.js';
import {
  type ErrorAnswer,
  fakeGithubToken,
  JSON_HEADERS,
  postJson,
  readJson,
  type Send,
} from './api-client.js';

const DASHBOARD = '/v1/operations/customer_operating_dashboard';

const ALL_READY = Object.fromEntries(
  CUSTOMER_OPERATING_DASHBOARD_STATUS_FIELDS.map((field) => [field, 'ready']),
) as Record<(typeof CUSTOMER_OPERATING_DASHBOARD_STATUS_FIELDS)[number], 'ready'>;

/** Asserts the headers every answer carries. */
function expectCommonHeaders(response: Response): void {
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('access-control-allow-origin')).toBeNull();
}

/** Asserts an answer is the one error shape with the given status and code. */
async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expectCommonHeaders(response);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const { body, text } = await readJson<ErrorAnswer>(response);
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe('string');
  expect(Object.keys(body)).toEqual(['error']);
  return { body, text };
}

/**
 * Every route and every error code of the API, as a client sees them. Runs unchanged
 * in process and over real TCP, so both transports are held to the same answers.
 *
 * @param getSend Returns the transport (called inside each test, after set-up).
 */
export function defineApiScenarios(getSend: () => Send): void {
  const send: Send = (path, init) => getSend()(path, init);

  describe('GET /healthz', () => {
    it('answers {status: "ok"} with no-store, nosniff and no CORS headers', async () => {
      const response = await send('/healthz');
      expect(response.status).toBe(200);
      expectCommonHeaders(response);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await response.json()).toEqual({ status: 'ok' });
    });

    it('answers HEAD with the headers and no body', async () => {
      const response = await send('/healthz', { method: 'HEAD' });
      expect(response.status).toBe(200);
      expectCommonHeaders(response);
      expect(await response.text()).toBe('');
    });
  });

  describe('GET /v1/contract', () => {
    it('describes every operation, labelled with the schema versions', async () => {
      const response = await send('/v1/contract');
      expect(response.status).toBe(200);
      expectCommonHeaders(response);
      expect(await response.json()).toEqual({
        contract_version: CONTRACT_SCHEMA_VERSION,
        request_schema_version: REQUEST_SCHEMA_VERSION,
        response_schema_version: RESPONSE_SCHEMA_VERSION,
        operations: OPERATIONS.map((entry) => describeContract(entry.contract)),
      });
    });
  });

  describe('GET /v1/operations', () => {
    it('lists the four operations with their links, and every link answers', async () => {
      const response = await send('/v1/operations');
      expect(response.status).toBe(200);
      const { body } = await readJson<{
        contract_version: string;
        operations: { operation: string; title: string; links: Record<string, string> }[];
      }>(response);
      expect(body.contract_version).toBe(CONTRACT_SCHEMA_VERSION);
      expect(body.operations.map((item) => item.operation)).toEqual([
        'customer_operating_dashboard',
        'support_handoff_readiness',
        'saas_operating_automation',
        'saas_operating_automation_worker_handoff',
      ]);
      for (const item of body.operations) {
        const { description, request_schema, response_schema } = item.links;
        for (const link of [description, request_schema, response_schema]) {
          expect((await send(link as string)).status).toBe(200);
        }
      }
    });
  });

  describe('GET /v1/operations/{operation}', () => {
    it.each(OPERATION_NAMES)('describes %s', async (name) => {
      const response = await send(`/v1/operations/${name}`);
      expect(response.status).toBe(200);
      const entry = OPERATIONS.find((item) => item.contract.spec.operation === name);
      expect(entry).toBeDefined();
      expect(await response.json()).toEqual(entry && describeContract(entry.contract));
    });

    it('answers 404 for an unknown operation without repeating its name', async () => {
      const { text } = await expectError(
        await send('/v1/operations/tenant_billing_export'),
        404,
        'not_found',
      );
      expect(text).not.toContain('tenant_billing_export');
    });

    it('answers 404 for an operation name that is an Object prototype key', async () => {
      await expectError(await send('/v1/operations/__proto__'), 404, 'not_found');
      await expectError(
        await send('/v1/operations/constructor/requests', postInit({})),
        404,
        'not_found',
      );
    });
  });

  describe('GET /v1/operations/{operation}/schema/{kind}', () => {
    it('serves the shipped JSON Schema of a request', async () => {
      const response = await send(`${DASHBOARD}/schema/request`);
      expect(response.status).toBe(200);
      expectCommonHeaders(response);
      expect(response.headers.get('content-type')).toBe('application/schema+json');
      expect(await response.json()).toEqual(dashboardRequestSchema);
    });

    it('serves the shipped JSON Schema of a response', async () => {
      const response = await send('/v1/operations/saas_operating_automation/schema/response');
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual(saasResponseSchema);
    });

    it('answers 404 for an unknown kind or operation', async () => {
      await expectError(await send(`${DASHBOARD}/schema/summary`), 404, 'not_found');
      await expectError(await send('/v1/operations/nope/schema/request'), 404, 'not_found');
    });
  });

  describe('POST /v1/operations/{operation}/requests', () => {
    it('answers 201 with a request built from the defaults', async () => {
      const response = await postJson(send, `${DASHBOARD}/requests`, { tenant_id: 'tenant-acme' });
      expect(response.status).toBe(201);
      expectCommonHeaders(response);
      const request = parseCustomerOperatingDashboardRequest(await response.json());
      expect(request).toMatchObject({
        schema_version: REQUEST_SCHEMA_VERSION,
        operation: 'customer_operating_dashboard',
        tenant_id: 'tenant-acme',
        requested_by: 'community',
        private_implementation_required: true,
      });
      expect(request.payload.dashboard_scope).toBe(DEFAULT_DASHBOARD_SCOPE);
      expect(request.payload.required_checks).toEqual([...CUSTOMER_OPERATING_DASHBOARD_CHECKS]);
      expect(request.correlation_id).toMatch(/^saas-[0-9a-f]{12}$/);
    });

    it('takes the builder options by their wire names, keeping the order of the checks', async () => {
      const response = await postJson(send, '/v1/operations/saas_operating_automation/requests', {
        tenant_id: 'tenant-acme',
        requested_by: 'console',
        correlation_id: 'saas-0123456789ab',
        automation_cadence: 'hourly',
        required_checks: ['closeout_retry', 'billing_monitoring'],
      });
      expect(response.status).toBe(201);
      const request = parseSaasOperatingAutomationRequest(await response.json());
      expect(request.requested_by).toBe('console');
      expect(request.correlation_id).toBe('saas-0123456789ab');
      expect(request.payload.automation_cadence).toBe('hourly');
      expect(request.payload.required_checks).toEqual(['closeout_retry', 'billing_monitoring']);
    });

    it('answers 422 naming the body fields that break the contract', async () => {
      const response = await postJson(send, `${DASHBOARD}/requests`, {
        required_checks: ['dashboard_visibility', 'not_a_check'],
        evidence_window: 7,
      });
      const { body } = await expectError(response, 422, 'contract_violation');
      const paths = body.error.issues?.map((issue) => issue.path);
      expect(paths).toEqual(
        expect.arrayContaining(['tenant_id', 'required_checks[1]', 'evidence_window']),
      );
      expect(body.error.message).toMatch(/^invalid customer_operating_dashboard request/);
    });

    it('answers 422 for unknown fields', async () => {
      const response = await postJson(send, `${DASHBOARD}/requests`, {
        tenant_id: 'tenant-acme',
        dashboard_colour: 'blue',
      });
      const { body } = await expectError(response, 422, 'contract_violation');
      expect(body.error.issues).toEqual([
        expect.objectContaining({ path: 'dashboard_colour', rule: 'unknown_key' }),
      ]);
    });

    it('answers 422 for sensitive material and never echoes it', async () => {
      const token = fakeGithubToken();
      const response = await postJson(send, `${DASHBOARD}/requests`, {
        tenant_id: 'tenant-acme',
        requested_by: token,
        api_key: 'hunter2-but-longer',
      });
      const { body, text } = await expectError(response, 422, 'contract_violation');
      expect(text).not.toContain(token);
      expect(text).not.toContain('hunter2');
      expect(body.error.issues).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ path: 'requested_by', rule: 'value.github-token' }),
          expect.objectContaining({ path: 'api_key', rule: 'key.api-key' }),
        ]),
      );
    });

    it.each([
      ['an array', []],
      ['a string', 'tenant-acme'],
      ['null', null],
    ])('answers 422 for a body that is %s', async (_name, value) => {
      const { body } = await expectError(
        await postJson(send, `${DASHBOARD}/requests`, value),
        422,
        'contract_violation',
      );
      expect(body.error.issues).toEqual([
        { path: '', message: 'body must be a JSON object', rule: 'object' },
      ]);
    });

    it('answers 404 for an unknown operation, before reading the body', async () => {
      await expectError(
        await send('/v1/operations/nope/requests', { method: 'POST', body: 'not json' }),
        404,
        'not_found',
      );
    });
  });

  describe('POST /v1/operations/{operation}/responses', () => {
    it('answers 201 with the response to a request', async () => {
      const request = buildCustomerOperatingDashboardRequest('tenant-acme');
      const response = await postJson(send, `${DASHBOARD}/responses`, {
        request,
        summary: { ...ALL_READY, blockers: ['awaiting billing export'] },
        status: 'accepted',
      });
      expect(response.status).toBe(201);
      const built = parseCustomerOperatingDashboardResponse(await response.json());
      expect(built.status).toBe('accepted');
      expect(built.correlation_id).toBe(request.correlation_id);
      expect(built.payload.summary.tenant_id).toBe('tenant-acme');
      expect(built.payload.summary.blockers).toEqual(['awaiting billing export']);
    });

    it('defaults the status to requires_private_service', async () => {
      const request = buildCustomerOperatingDashboardRequest('tenant-acme');
      const response = await postJson(send, `${DASHBOARD}/responses`, {
        request,
        summary: ALL_READY,
      });
      expect(response.status).toBe(201);
      expect(((await response.json()) as { status: string }).status).toBe(
        'requires_private_service',
      );
    });

    it('answers 422 for a request of another operation, under request.operation', async () => {
      const request = buildSupportHandoffReadinessRequest('tenant-acme');
      const { body } = await expectError(
        await postJson(send, `${DASHBOARD}/responses`, { request, summary: ALL_READY }),
        422,
        'contract_violation',
      );
      expect(body.error.issues?.map((issue) => issue.path)).toContain('request.operation');
    });

    it('answers 422 for a summary status outside the vocabulary, under summary', async () => {
      const request = buildCustomerOperatingDashboardRequest('tenant-acme');
      const { body } = await expectError(
        await postJson(send, `${DASHBOARD}/responses`, {
          request,
          summary: { ...ALL_READY, billing_status: 'green' },
        }),
        422,
        'contract_violation',
      );
      expect(body.error.issues?.map((issue) => issue.path)).toEqual(['summary.billing_status']);
    });

    it('answers 422 for an unknown response status, a missing summary and unknown keys', async () => {
      const request = buildCustomerOperatingDashboardRequest('tenant-acme');
      const status = await postJson(send, `${DASHBOARD}/responses`, {
        request,
        summary: ALL_READY,
        status: 'done',
      });
      const { body: statusBody } = await expectError(status, 422, 'contract_violation');
      expect(statusBody.error.issues?.map((issue) => issue.path)).toEqual(['status']);

      const missing = await postJson(send, `${DASHBOARD}/responses`, { request });
      const { body: missingBody } = await expectError(missing, 422, 'contract_violation');
      expect(missingBody.error.issues?.map((issue) => issue.path)).toEqual(['summary']);

      const extra = await postJson(send, `${DASHBOARD}/responses`, {
        request,
        summary: ALL_READY,
        options: {},
      });
      const { body: extraBody } = await expectError(extra, 422, 'contract_violation');
      expect(extraBody.error.issues).toEqual([
        expect.objectContaining({ path: 'options', rule: 'unknown_key' }),
      ]);
    });

    it('answers 422 for sensitive material in the summary, never echoing it', async () => {
      const token = fakeGithubToken();
      const request = buildCustomerOperatingDashboardRequest('tenant-acme');
      const { body, text } = await expectError(
        await postJson(send, `${DASHBOARD}/responses`, {
          request,
          summary: { ...ALL_READY, blockers: [`rotate ${token}`] },
        }),
        422,
        'contract_violation',
      );
      expect(text).not.toContain(token);
      expect(body.error.issues).toEqual([
        expect.objectContaining({ path: 'summary.blockers[0]', rule: 'value.github-token' }),
      ]);
    });
  });

  describe('POST /v1/validate', () => {
    it('answers 200 for a valid request and a valid response', async () => {
      const request = buildCustomerOperatingDashboardRequest('tenant-acme');
      const asRequest = await postJson(send, '/v1/validate', request);
      expect(asRequest.status).toBe(200);
      expectCommonHeaders(asRequest);
      expect(await asRequest.json()).toEqual({
        valid: true,
        kind: 'request',
        operation: 'customer_operating_dashboard',
        schema_version: REQUEST_SCHEMA_VERSION,
        issues: [],
      });

      const response = buildCustomerOperatingDashboardResponse(request, ALL_READY);
      const asResponse = await postJson(send, '/v1/validate', response);
      expect(asResponse.status).toBe(200);
      expect(await asResponse.json()).toEqual({
        valid: true,
        kind: 'response',
        operation: 'customer_operating_dashboard',
        schema_version: RESPONSE_SCHEMA_VERSION,
        issues: [],
      });
    });

    it('answers 200 for a {request, response} pair and 422 for a pair that does not belong together', async () => {
      const request = buildCustomerOperatingDashboardRequest('tenant-acme');
      const response = buildCustomerOperatingDashboardResponse(request, ALL_READY);
      const pair = await postJson(send, '/v1/validate', { request, response });
      expect(pair.status).toBe(200);
      expect(await pair.json()).toEqual({
        valid: true,
        kind: 'pair',
        operation: 'customer_operating_dashboard',
        schema_version: REQUEST_SCHEMA_VERSION,
        issues: [],
      });
      const other = buildCustomerOperatingDashboardResponse(
        buildCustomerOperatingDashboardRequest('tenant-acme'),
        ALL_READY,
      );
      const mismatch = await postJson(send, '/v1/validate', { request, response: other });
      expect(mismatch.status).toBe(422);
      expect(await mismatch.json()).toMatchObject({
        valid: false,
        kind: 'pair',
        error: { issues: [{ path: 'response.correlation_id', rule: 'pair' }] },
      });
    });

    it('answers 422 with the issues of an invalid document, listing each issue once, in error.issues', async () => {
      const request = buildCustomerOperatingDashboardRequest('tenant-acme');
      const response = await postJson(send, '/v1/validate', {
        ...request,
        payload: { ...request.payload, required_checks: [] },
        extra: true,
      });
      expect(response.status).toBe(422);
      expectCommonHeaders(response);
      const { body } = await readJson<{
        valid: boolean;
        kind: string;
        operation: string;
        schema_version: string;
        issues?: unknown;
        error: { code: string; issues: { path: string }[] };
      }>(response);
      expect(body).toMatchObject({
        valid: false,
        kind: 'request',
        operation: 'customer_operating_dashboard',
        schema_version: REQUEST_SCHEMA_VERSION,
        error: { code: 'contract_violation' },
      });
      expect(body.error.issues.map((issue) => issue.path)).toEqual(
        expect.arrayContaining(['extra', 'payload.required_checks']),
      );
      expect(body.issues).toBeUndefined();
    });

    it('answers 422 for an unknown operation or schema version without echoing them', async () => {
      const response = await postJson(send, '/v1/validate', {
        schema_version: 'cavra.saas_control_plane.request.v9',
        operation: 'secret_project_x',
      });
      const { body, text } = await readJson<{
        valid: boolean;
        kind: null;
        operation: null;
        error: { issues: { path: string; rule: string }[] };
      }>(response);
      expect(response.status).toBe(422);
      expect(body).toMatchObject({ valid: false, kind: null, operation: null });
      expect(body.error.issues.map((issue) => issue.path)).toEqual(['schema_version', 'operation']);
      expect(text).not.toContain('secret_project_x');
      expect(text).not.toContain('v9');
    });

    it('reports sensitive material even in a document of unknown kind, never echoing it', async () => {
      const token = fakeGithubToken();
      const response = await postJson(send, '/v1/validate', { notes: token });
      const { body, text } = await readJson<{
        error: { issues: { path: string; rule?: string }[] };
      }>(response);
      expect(response.status).toBe(422);
      expect(text).not.toContain(token);
      expect(body.error.issues).toContainEqual(
        expect.objectContaining({ path: 'notes', rule: 'value.github-token' }),
      );
    });

    it('answers 400 for a body that is not JSON: the verdict fields, and the reason once, in the error object', async () => {
      for (const body of ['{"a": tru', '', new Uint8Array([0x7b, 0xc3, 0x28, 0x7d])]) {
        const response = await send('/v1/validate', {
          method: 'POST',
          headers: JSON_HEADERS,
          body,
        });
        expect(response.status).toBe(400);
        const { body: answer, text } = await readJson<{
          error: { code: string; message: string };
        }>(response);
        expect(text).not.toContain('tru');
        expect(answer).toEqual({
          valid: false,
          kind: null,
          operation: null,
          schema_version: null,
          error: {
            code: 'malformed_json',
            message: answer.error.message,
            issues: [{ path: '', message: answer.error.message, rule: 'malformed_json' }],
          },
        });
      }
    });

    it('answers 422 for a document that is not an object', async () => {
      const response = await postJson(send, '/v1/validate', [1, 2, 3]);
      expect(response.status).toBe(422);
      expect(await response.json()).toMatchObject({
        valid: false,
        error: { issues: [{ path: '', rule: 'object' }] },
      });
    });

    it('answers 422, not a crash, for deeply nested JSON within the size limit', async () => {
      const depth = 100_000;
      const body = `${'['.repeat(depth)}${']'.repeat(depth)}`;
      const response = await send('/v1/validate', { method: 'POST', headers: JSON_HEADERS, body });
      expect(response.status).toBe(422);
      const nested = `{"schema_version":"${REQUEST_SCHEMA_VERSION}","operation":"customer_operating_dashboard","payload":${'{"a":'.repeat(depth / 10)}1${'}'.repeat(depth / 10)}}`;
      const second = await send('/v1/validate', {
        method: 'POST',
        headers: JSON_HEADERS,
        body: nested,
      });
      expect(second.status).toBe(422);
    });
  });

  describe('GET /openapi.json', () => {
    it('answers an OpenAPI 3.1 document', async () => {
      const response = await send('/openapi.json');
      expect(response.status).toBe(200);
      expectCommonHeaders(response);
      const document = (await response.json()) as { openapi: string; paths: object };
      expect(document.openapi).toBe('3.1.0');
      expect(Object.keys(document.paths)).toContain('/v1/validate');
    });
  });

  describe('compatibility routes', () => {
    it('GET /saas/control-plane/contract lists each operation by name with its schema versions', async () => {
      const response = await send('/saas/control-plane/contract');
      expect(response.status).toBe(200);
      expectCommonHeaders(response);
      const { body } = await readJson<{
        schema_version: string;
        product: string;
        public_repository_boundary: Record<string, unknown>;
        operations: { name: string; request: string; response: string }[];
      }>(response);
      expect(body.schema_version).toBe(CONTRACT_SCHEMA_VERSION);
      expect(body.product).toBe('CAVRA');
      expect(body.public_repository_boundary['contains_saas_backend']).toBe(false);
      // The reference speaks v1 for every operation, even where a newer version is the default.
      expect(body.operations).toEqual(
        OPERATION_NAMES.map((name) => ({
          name,
          request: REQUEST_SCHEMA_VERSION,
          response: RESPONSE_SCHEMA_VERSION,
        })),
      );
    });

    it('POST /saas/operating-automation defaults every status to unknown', async () => {
      const response = await postJson(send, '/saas/operating-automation', {
        tenant_id: 'tenant-demo',
        requested_by: 'console',
      });
      expect(response.status).toBe(200);
      expectCommonHeaders(response);
      const { body } = await readJson<{ request: unknown; response: unknown }>(response);
      expect(Object.keys(body)).toEqual(['request', 'response']);
      const request = parseSaasOperatingAutomationRequest(body.request);
      const built = parseSaasOperatingAutomationResponse(body.response);
      expect(request.requested_by).toBe('console');
      expect(built.status).toBe('requires_private_service');
      expect(built.correlation_id).toBe(request.correlation_id);
      const summary = built.payload.summary as Record<string, unknown>;
      for (const field of [
        SAAS_OPERATING_AUTOMATION_OVERALL_FIELD,
        ...SAAS_OPERATING_AUTOMATION_STATUS_FIELDS,
      ]) {
        expect(summary[field]).toBe('unknown');
      }
      expect(built.payload.summary.automation_cadence).toBe(DEFAULT_AUTOMATION_CADENCE);
      expect(built.payload.summary.blockers).toEqual([]);
    });

    it('POST /saas/operating-automation carries given statuses, scope fields and blockers', async () => {
      const response = await postJson(send, '/saas/operating-automation', {
        tenant_id: 'tenant-demo',
        automation_status: 'scheduled',
        billing_monitoring_status: 'automated',
        automation_cadence: 'hourly',
        required_checks: ['billing_monitoring'],
        blockers: ['escalation drill not scheduled'],
      });
      expect(response.status).toBe(200);
      const { body } = await readJson<{ request: unknown; response: unknown }>(response);
      const request = parseSaasOperatingAutomationRequest(body.request);
      const summary = parseSaasOperatingAutomationResponse(body.response).payload.summary as Record<
        string,
        unknown
      >;
      expect(request.payload.required_checks).toEqual(['billing_monitoring']);
      expect(request.payload.automation_cadence).toBe('hourly');
      expect(summary['automation_status']).toBe('scheduled');
      expect(summary['billing_monitoring_status']).toBe('automated');
      expect(summary['license_telemetry_status']).toBe('unknown');
      expect(summary['automation_cadence']).toBe('hourly');
      expect(summary['blockers']).toEqual(['escalation drill not scheduled']);
    });

    it('POST /saas/customer-operating-dashboard and /saas/support-handoff-readiness answer too', async () => {
      const dashboard = await postJson(send, '/saas/customer-operating-dashboard', {
        tenant_id: 'tenant-demo',
        billing_status: 'degraded',
        latest_dashboard_at: '2026-01-02T03:04:05Z',
      });
      expect(dashboard.status).toBe(200);
      const dashboardBody = (await dashboard.json()) as { response: unknown };
      const dashboardSummary = parseCustomerOperatingDashboardResponse(dashboardBody.response)
        .payload.summary;
      expect(dashboardSummary.billing_status).toBe('degraded');
      expect(dashboardSummary.dashboard_status).toBe('unknown');
      expect(dashboardSummary.latest_dashboard_at).toBe('2026-01-02T03:04:05Z');

      const handoff = await postJson(send, '/saas/support-handoff-readiness', {
        tenant_id: 'tenant-demo',
        support_tier: 'premium',
      });
      expect(handoff.status).toBe(200);
      const handoffBody = (await handoff.json()) as { response: unknown };
      // v1, the version the reference speaks, though the package's newest is v2.
      const handoffSummary = parseSupportHandoffReadinessResponseV1(handoffBody.response).payload
        .summary as Record<string, unknown>;
      expect(handoffSummary).not.toHaveProperty('release_owner_status');
      expect(handoffSummary['support_tier']).toBe('premium');
      for (const field of SUPPORT_HANDOFF_READINESS_STATUS_FIELDS_V1) {
        expect(handoffSummary[field]).toBe('unknown');
      }
    });

    it('answers 400 {detail} in one line for a contract error: a missing tenant, a bad status', async () => {
      for (const [body, detail] of [
        [{}, 'tenant_id must not be empty'],
        [
          { tenant_id: 'tenant-demo', automation_status: 'green' },
          'automation_status must be one of: automated, blocked, enabled, ready, scheduled, unknown',
        ],
      ] as const) {
        const response = await postJson(send, '/saas/operating-automation', body);
        expect(response.status).toBe(400);
        expectCommonHeaders(response);
        expect(await response.json()).toEqual({ detail });
      }
    });

    it('ignores fields it does not read, never echoing them', async () => {
      const response = await postJson(send, '/saas/operating-automation', {
        tenant_id: 'tenant-demo',
        note: 'hello',
      });
      expect(response.status).toBe(200);
      expect(await response.text()).not.toContain('hello');
    });

    it('answers 400 {detail} for sensitive material, never echoing it', async () => {
      const token = fakeGithubToken();
      const response = await postJson(send, '/saas/support-handoff-readiness', {
        tenant_id: 'tenant-demo',
        blockers: [token],
        [token]: 'x',
      });
      expect(response.status).toBe(400);
      const text = await response.text();
      expect(text).not.toContain(token);
      expect(JSON.parse(text).detail).toContain('sensitive');
    });

    it('keeps the usual error shape for a body that is not JSON', async () => {
      await expectError(
        await send('/saas/operating-automation', {
          method: 'POST',
          headers: JSON_HEADERS,
          body: '{',
        }),
        400,
        'malformed_json',
      );
    });
  });

  describe('errors', () => {
    it('400: malformed JSON, without quoting it', async () => {
      const { body, text } = await expectError(
        await send(`${DASHBOARD}/requests`, {
          method: 'POST',
          headers: JSON_HEADERS,
          body: '{"a": tru',
        }),
        400,
        'malformed_json',
      );
      expect(body.error.message).toBe(
        'request body is not valid JSON at line 1, column 7: expected a value',
      );
      expect(text).not.toContain('tru');
    });

    it('400: an empty body and bytes that are not UTF-8', async () => {
      await expectError(
        await send(`${DASHBOARD}/requests`, { method: 'POST', headers: JSON_HEADERS, body: '' }),
        400,
        'malformed_json',
      );
      await expectError(
        await send(`${DASHBOARD}/requests`, {
          method: 'POST',
          headers: JSON_HEADERS,
          body: new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]),
        }),
        400,
        'malformed_json',
      );
    });

    it('404: an unknown route, with a trailing slash too', async () => {
      await expectError(await send('/v2/contract'), 404, 'not_found');
      await expectError(await send('/healthz/'), 404, 'not_found');
      await expectError(await send('/console'), 404, 'not_found');
    });

    it('405: a known route asked with the wrong method, with an Allow header', async () => {
      const post = await send('/healthz', { method: 'POST' });
      expect(post.headers.get('allow')).toBe('GET, HEAD');
      await expectError(post, 405, 'method_not_allowed');

      const get = await send('/v1/validate');
      expect(get.headers.get('allow')).toBe('POST');
      await expectError(get, 405, 'method_not_allowed');

      const put = await send(`${DASHBOARD}/requests`, { method: 'PUT' });
      expect(put.headers.get('allow')).toBe('POST');
      await expectError(put, 405, 'method_not_allowed');

      const options = await send('/v1/contract', { method: 'OPTIONS' });
      await expectError(options, 405, 'method_not_allowed');
    });

    it('413: a body over 1 MiB', async () => {
      const body = JSON.stringify({ blob: 'x'.repeat(MAX_BODY_BYTES) });
      const { body: answer } = await expectError(
        await send('/v1/validate', { method: 'POST', headers: JSON_HEADERS, body }),
        413,
        'payload_too_large',
      );
      expect(answer.error.message).toContain(String(MAX_BODY_BYTES));
    });

    it('415: a POST without a JSON content type', async () => {
      const body = JSON.stringify({ tenant_id: 'tenant-acme' });
      await expectError(
        await send(`${DASHBOARD}/requests`, {
          method: 'POST',
          headers: { 'content-type': 'text/plain' },
          body,
        }),
        415,
        'unsupported_media_type',
      );
      await expectError(
        await send('/v1/validate', {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'a=1',
        }),
        415,
        'unsupported_media_type',
      );
    });

    it('accepts a JSON content type with parameters', async () => {
      const response = await send(`${DASHBOARD}/requests`, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=UTF-8' },
        body: JSON.stringify({ tenant_id: 'tenant-acme' }),
      });
      expect(response.status).toBe(201);
    });
  });
}

function postInit(body: unknown): RequestInit {
  return { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(body) };
}
