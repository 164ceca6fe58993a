import { CONSOLE_CSP } from '@cavra/contracts-console/page';
import { describe, expect, it } from 'vitest';
import { createApp } from '../create-app.js';
import { OPERATION_NAMES } from '../operation-registry.js';
import { CONSOLE_ROUTES } from './console-routes.js';

const app = createApp();

describe('GET / answers the readiness console', () => {
  it('serves the page with a strict Content-Security-Policy', async () => {
    const answer = await app.request(CONSOLE_ROUTES.page);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/html; charset=UTF-8');
    expect(answer.headers.get('content-security-policy')).toBe(CONSOLE_CSP);
    expect(CONSOLE_CSP).toContain("script-src 'self'");
    expect(CONSOLE_CSP).not.toContain('unsafe');
    expect(answer.headers.get('x-frame-options')).toBe('DENY');
    const html = await answer.text();
    expect(html).toContain('<script src="/console.js" defer></script>');
    expect(html).toContain('<link rel="stylesheet" href="/console.css">');
    // The only other script element is the JSON data block, which never runs.
    const scripts = html.match(/<script[^>]*>/g);
    expect(scripts).toEqual([
      '<script type="application/json" id="console-data">',
      '<script src="/console.js" defer>',
    ]);
    for (const operation of OPERATION_NAMES) {
      expect(html).toContain(`<div class="contract-form" data-operation="${operation}"`);
    }
  });

  it('carries the console data of the newest contracts and of every published version', async () => {
    const html = await (await app.request(CONSOLE_ROUTES.page)).text();
    const block = /<script type="application\/json" id="console-data">(.*?)<\/script>/s.exec(html);
    const data = JSON.parse(block?.[1] ?? 'null') as {
      contracts: { operation: string; response_version: string }[];
      versions: { operation: string; response_version: string }[];
    };
    expect(data.contracts.map((entry) => entry.operation)).toEqual([...OPERATION_NAMES]);
    // A pasted v1 support handoff response is shown with v1's checks and fields.
    expect(
      data.versions
        .filter((entry) => entry.operation === 'support_handoff_readiness')
        .map((entry) => entry.response_version),
    ).toEqual(['cavra.saas_control_plane.response.v1', 'cavra.saas_control_plane.response.v2']);
    expect(data.versions).toHaveLength(OPERATION_NAMES.length + 1);
  });

  it('serves its script and style sheet from the same origin', async () => {
    const script = await app.request(CONSOLE_ROUTES.script);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await script.text()).toContain('console-data');
    const style = await app.request(CONSOLE_ROUTES.style);
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await style.text()).toContain('@media print');
    expect((await app.request(CONSOLE_ROUTES.icon)).status).toBe(204);
  });

  it('answers POST / with 405 and an Allow header', async () => {
    const answer = await app.request('/', { method: 'POST' });
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('GET, HEAD');
  });
});
