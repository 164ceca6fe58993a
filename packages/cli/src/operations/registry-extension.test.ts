import { buildOpenApiDocument, createApp } from '@cavra/contracts-http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../run.js';

// A contract declared here and nowhere else. The registry of @cavra/contracts is extended with
// it; the CLI and the HTTP API are imported unchanged, and must serve it from the registry alone.
vi.mock('@cavra/contracts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@cavra/contracts')>();
  const { defineContract, READINESS, V1 } = await import('@cavra/contracts-core');
  const { contractJsonSchemaFiles } = await import('@cavra/contract-testkit');
  const lane = defineContract({
    packageName: '@cavra/lane-readiness',
    versions: V1,
    operation: 'lane_readiness',
    title: 'lane readiness',
    checks: { lane_check: 'lane_status', other_lane_check: null },
    vocabulary: READINESS,
    privateModules: ['lane module'],
    boundary: 'Lane boundary: shapes only.',
    payload: {
      lane_scope: { kind: 'label', default: 'lane-scope' },
      required_checks: { kind: 'list', of: 'checks' },
      lane_boundary: { kind: 'boundary' },
    },
    summary: {
      lane_scope: 'request',
      blockers: { kind: 'list', of: 'lines' },
      private_validation_required: { kind: 'flag' },
      lane_boundary: 'request',
    },
    compatibility: { path: '/saas/lane-readiness' },
  });
  const files = contractJsonSchemaFiles({
    versions: lane.declaration.versions,
    operation: 'lane_readiness',
    packageName: '@cavra/lane-readiness',
    requestSchema: lane.requestSchema,
    responseSchema: lane.responseSchema,
  });
  const entry = actual.registerContract(
    lane,
    files['request.v1.json'] as Record<string, unknown>,
    files['response.v1.json'] as Record<string, unknown>,
  );
  return { ...actual, REGISTRY: [...actual.REGISTRY, entry] };
});

async function cliOutput(argv: readonly string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const code = await runCli(argv);
  return { code, stdout };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a contract added to the registry alone is served by every front end', () => {
  it('appears in the CLI help of request, with an option per label field', async () => {
    const { code, stdout } = await cliOutput(['request', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('lane_readiness');
    expect(stdout).toContain('--lane-scope');
  });

  it('builds a request on the CLI', async () => {
    const { code, stdout } = await cliOutput(['request', 'lane_readiness', 'tenant-lane']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      operation: 'lane_readiness',
      tenant_id: 'tenant-lane',
      payload: { lane_scope: 'lane-scope', required_checks: ['lane_check', 'other_lane_check'] },
    });
  });

  it('is listed and served by the HTTP API, compatibility route included', async () => {
    const app = createApp();
    const listed = (await (await app.request('/v1/operations')).json()) as unknown;
    expect(JSON.stringify(listed)).toContain('lane_readiness');
    const answer = await app.request('/v1/operations/lane_readiness/requests', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenant_id: 'tenant-lane' }),
    });
    expect(answer.status).toBe(201);
    expect(((await answer.json()) as { operation: string }).operation).toBe('lane_readiness');
    const compat = await app.request('/saas/lane-readiness', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenant_id: 'tenant-lane' }),
    });
    expect(compat.status).toBe(200);
    expect(JSON.stringify(await compat.json())).toContain('lane_readiness');
  });

  it('is documented in the OpenAPI document', () => {
    const document = buildOpenApiDocument() as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths)).toContain('/saas/lane-readiness');
    expect(JSON.stringify(document)).toContain('lane_readiness');
  });
});
