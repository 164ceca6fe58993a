import { buildCustomerOperatingDashboardRequest } from '@cavra/customer-operating-dashboard';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createApp, MAX_BODY_BYTES } from '../src/index.js';

/** Issue 11: an answer to any input of at most 1 MiB is at most 64 KiB. */
const MAX_ANSWER_BYTES = 64 * 1024;

const app = createApp();
const encoder = new TextEncoder();

async function post(path: string, body: string) {
  const response = await app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { status: response.status, size: bytes.length, text: new TextDecoder().decode(bytes) };
}

/** Every route that takes a body, with the body that puts `list` where a list belongs. */
function hostileBodies(list: unknown[]): [string, unknown][] {
  const request = buildCustomerOperatingDashboardRequest('tenant-acme');
  return [
    ['/v1/validate', { ...request, payload: { ...request.payload, required_checks: list } }],
    [
      '/v1/operations/customer_operating_dashboard/requests',
      { tenant_id: 'tenant-acme', required_checks: list },
    ],
    [
      '/v1/operations/customer_operating_dashboard/responses',
      { request, summary: { blockers: list } },
    ],
    ['/saas/customer-operating-dashboard', { tenant_id: 'tenant-acme', required_checks: list }],
  ];
}

describe('every answer to a body of at most 1 MiB is at most 64 KiB (issue 11, problem 1)', () => {
  it('answers 519,000 zeros in required_checks with 100 issues and a count, once each', async () => {
    for (const [path, body] of hostileBodies(Array(519_000).fill(0))) {
      const text = JSON.stringify(body);
      expect(text.length).toBeLessThanOrEqual(MAX_BODY_BYTES);
      const answer = await post(path, text);
      expect(answer.status, path).toBeGreaterThanOrEqual(400);
      expect(answer.size, path).toBeLessThanOrEqual(MAX_ANSWER_BYTES);
      const parsed = JSON.parse(answer.text) as {
        issues?: unknown;
        error?: { issues?: unknown[]; truncated?: number };
      };
      // Each issue is written once: never both `issues` and `error.issues`.
      expect(parsed.issues, path).toBeUndefined();
      if (parsed.error?.issues) {
        expect(parsed.error.issues.length).toBeLessThanOrEqual(100);
        expect(parsed.error.truncated, path).toBeGreaterThan(0);
      }
    }
  });

  it('answers a flood of long unknown keys within the bound', async () => {
    const key = (index: number) => `${index}-${'k'.repeat(2000)}`;
    const flood = Object.fromEntries(Array.from({ length: 450 }, (_, i) => [key(i), 1]));
    const request = buildCustomerOperatingDashboardRequest('tenant-acme');
    const answer = await post('/v1/validate', JSON.stringify({ ...request, ...flood }));
    expect(answer.status).toBe(422);
    expect(answer.size).toBeLessThanOrEqual(MAX_ANSWER_BYTES);
  });

  it('holds for random bad documents of up to 1 MiB on every route', async () => {
    const item = fc.oneof(
      fc.constant(0),
      fc.string({ maxLength: 3000 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.dictionary(fc.string({ maxLength: 500 }), fc.nat(), { maxKeys: 20 }),
    );
    const document = fc.tuple(
      fc.array(item, { minLength: 1, maxLength: 60 }),
      fc.integer({ min: 1, max: 30_000 }),
      fc.integer({ min: 0, max: 3 }),
    );
    await fc.assert(
      fc.asyncProperty(document, async ([pattern, repeat, route]) => {
        // A random pattern of bad items, repeated to fill the body up to its limit.
        const list: unknown[] = [];
        let size = 0;
        for (let index = 0; index < repeat * pattern.length; index++) {
          const next = pattern[index % pattern.length];
          size += encoder.encode(JSON.stringify(next)).length + 1;
          if (size > MAX_BODY_BYTES - 4096) break;
          list.push(next);
        }
        const [path, body] = hostileBodies(list)[route] as [string, unknown];
        const text = JSON.stringify(body);
        expect(encoder.encode(text).length).toBeLessThanOrEqual(MAX_BODY_BYTES);
        const answer = await post(path, text);
        expect(answer.size).toBeLessThanOrEqual(MAX_ANSWER_BYTES);
      }),
      // Each run posts up to 1 MiB; a failure is reported as found (shrinking 1 MiB is slow).
      { numRuns: 8, endOnFailure: true },
    );
  });
});

describe('duplicate keys and deep nesting are refused before the contract runs (problems 3, 6)', () => {
  it('refuses a second tenant_id with its path, on every route that takes a body', async () => {
    const request = buildCustomerOperatingDashboardRequest('tenant-acme');
    const text = JSON.stringify(request).replace(
      '"tenant_id":"tenant-acme"',
      '"tenant_id":"tenant-acme","tenant_id":"tenant-other"',
    );
    for (const path of ['/v1/validate', '/v1/operations/customer_operating_dashboard/requests']) {
      const answer = await post(path, text);
      expect(answer.status).toBe(422);
      expect(JSON.parse(answer.text)).toMatchObject({
        error: {
          code: 'contract_violation',
          issues: [{ path: 'tenant_id', rule: 'duplicate_key' }],
        },
      });
    }
  });

  it('answers /v1/validate in its verdict shape for a duplicate key or too deep nesting', async () => {
    const unknown = { valid: false, kind: null, operation: null, schema_version: null };
    const twice = await post('/v1/validate', '{"tenant_id":"a","tenant_id":"b"}');
    expect(twice.status).toBe(422);
    expect(JSON.parse(twice.text)).toMatchObject({
      ...unknown,
      error: { code: 'contract_violation', issues: [{ path: 'tenant_id', rule: 'duplicate_key' }] },
    });
    const deep = await post('/v1/validate', `${'{"a":'.repeat(40)}1${'}'.repeat(40)}`);
    expect(deep.status).toBe(422);
    expect(JSON.parse(deep.text)).toMatchObject({
      ...unknown,
      error: { code: 'contract_violation', issues: [{ rule: 'too_deep' }] },
    });
  });

  it('refuses 524,287 nested arrays (1 MiB) as too deep, with a small answer', async () => {
    const answer = await post('/v1/validate', '['.repeat(524_287));
    expect(answer.status).toBe(422);
    expect(JSON.parse(answer.text)).toMatchObject({ error: { issues: [{ rule: 'too_deep' }] } });
    expect(answer.size).toBeLessThan(2048);
  });

  it('gives malformed JSON a line and a column', async () => {
    const answer = await post('/v1/validate', '{\n  "schema_version": "x",\n  "operation": }');
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text)).toEqual({
      valid: false,
      kind: null,
      operation: null,
      schema_version: null,
      error: {
        code: 'malformed_json',
        message: 'request body is not valid JSON at line 3, column 16: expected a value',
        issues: [
          {
            path: '',
            message: 'request body is not valid JSON at line 3, column 16: expected a value',
            rule: 'malformed_json',
          },
        ],
      },
    });
  });
});
