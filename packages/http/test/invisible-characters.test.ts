import { buildCustomerOperatingDashboardRequest } from '@cavra/customer-operating-dashboard';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/index.js';

/**
 * A key sent with an invisible or direction-changing character comes back in an issue path.
 * The answer writes such characters as JSON escapes, so a terminal or a log shows the key as
 * it is (`x\u202ey`, not a reversed `y`), while the parsed answer holds the key unchanged.
 */
const app = createApp();
const RAW_INVISIBLE = /[\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}]/u;
const KEYS = ['x\u202ey', 'tenant\u200b_id', 'a\u2066b', 'note\ufeff'];

async function post(path: string, body: unknown) {
  const response = await app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    text: await response.text(),
    type: response.headers.get('content-type'),
  };
}

describe('answers escape invisible characters of the keys they name', () => {
  const request = buildCustomerOperatingDashboardRequest('tenant-acme');
  const routes = (key: string): [string, unknown][] => [
    ['/v1/validate', { ...request, [key]: 1 }],
    [
      '/v1/operations/customer_operating_dashboard/requests',
      { tenant_id: 'tenant-acme', [key]: 1 },
    ],
    ['/v1/operations/customer_operating_dashboard/responses', { request, summary: {}, [key]: 1 }],
  ];

  it.each(KEYS)('%j: escaped in the text, the same key once parsed', async (key) => {
    for (const [path, body] of routes(key)) {
      const answer = await post(path, body);
      expect(answer.status, path).toBe(422);
      expect(answer.type, path).toBe('application/json');
      expect(answer.text, path).not.toMatch(RAW_INVISIBLE);
      const escaped = JSON.stringify(key)
        .slice(1, -1)
        .replace(
          RAW_INVISIBLE,
          (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
        );
      expect(answer.text, path).toContain(escaped);
      const paths = (
        JSON.parse(answer.text) as { error: { issues: { path: string }[] } }
      ).error.issues.map((issue) => issue.path);
      expect(
        paths.some((issuePath) => issuePath.includes(key)),
        path,
      ).toBe(true);
    }
  });

  it('still answers a valid document byte for byte as JSON.stringify writes it', async () => {
    const answer = await post('/v1/validate', request);
    expect(answer.status).toBe(200);
    expect(answer.text).toBe(JSON.stringify(JSON.parse(answer.text)));
  });
});
