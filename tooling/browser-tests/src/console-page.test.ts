import { OPERATIONS } from '@cavra/contracts-http';
import { type RunningServer, startServer } from '@cavra/contracts-http/node';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  launchBrowser,
  type PageRecord,
  recordPage,
  screenshot,
} from './browser.js';
import { demoFleet, toNdjson } from './demo-fleet.js';
import {
  acceptedWithMarkupBlocker,
  HOSTILE_TENANT,
  MARKUP_BLOCKER,
  rejectedWithHostileTenant,
} from './hostile-documents.js';

let server: RunningServer;
let browser: Browser;
let page: Page;
let record: PageRecord;

/** The browser logs every 422 answer of the API; for a rejected document that is the expected answer. */
const EXPECTED_REFUSAL = /^Failed to load resource: the server responded with a status of 422/;
const unexpectedErrors = () => record.consoleErrors.filter((text) => !EXPECTED_REFUSAL.test(text));

beforeAll(async () => {
  server = await startServer({ port: 0 });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  record = recordPage(page);
  const answer = await page.goto(`${server.url}/`);
  expect(answer?.status()).toBe(200);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function showDocuments(text: string): Promise<string> {
  await page.getByLabel('Paste documents').fill(text);
  await page.getByRole('button', { name: 'Show readiness' }).click();
  await page.locator('#documents-status', { hasText: /^Read / }).waitFor();
  return page.locator('#documents-status').innerText();
}

describe('the console page', () => {
  it('is served with a strict policy and loads only its own script and style sheet', async () => {
    const answer = await page.request.get(`${server.url}/`);
    const policy = answer.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(await page.title()).toBe('CAVRA readiness console');
    const origins = new Set(record.requests.map((url) => new URL(url).origin));
    expect([...origins]).toEqual([server.url]);
    const paths = record.requests.map((url) => new URL(url).pathname);
    // The browser asks for /favicon.ico on its own, at a moment of its choosing.
    expect(paths.filter((path) => path !== '/favicon.ico').sort()).toEqual(
      ['/', '/console.css', '/console.js'].sort(),
    );
    expect(unexpectedErrors()).toEqual([]);
  });

  it('shows the rollup of a pasted document', async () => {
    const response = acceptedWithMarkupBlocker();
    const status = await showDocuments(JSON.stringify(response, null, 2));
    expect(status).toBe('Read 1 document: 1 tenant, 0 left out.');
    const text = await page.locator('#readiness').innerText();
    expect(text).toContain('tenant-markup-blocker');
    expect(text).toMatch(/Not ready: .* blocked/);
    expect(text).toContain('Response status');
    expect(text).toContain(MARKUP_BLOCKER);
    expect(await page.locator('#readiness script, #readiness b, #readiness img').count()).toBe(0);
    expect(record.dialogs).toEqual([]);
  });

  it('shows a pasted v1 document with the checks and fields of v1', async () => {
    // support_handoff_readiness publishes v1 and v2; the forms build v2, a pasted v1 document
    // is read with v1, where release_owner_acceptance has no summary field.
    const entry = OPERATIONS.find(
      (item) => item.contract.spec.operation === 'support_handoff_readiness',
    );
    const v1 = entry?.versions.find((version) => version.tag === 'v1')?.contract;
    if (v1 === undefined) throw new Error('support_handoff_readiness v1 is not served');
    const response = v1.buildResponse(v1.buildRequest('tenant-pinned-v1'), {
      support_status: 'ready',
      customer_success_status: 'ready',
      escalation_status: 'ready',
      health_review_status: 'ready',
      dashboard_status: 'ready',
    });
    const status = await showDocuments(JSON.stringify(response));
    expect(status).toBe('Read 1 document: 1 tenant, 0 left out.');
    const text = await page.locator('#readiness').innerText();
    expect(text).toContain('tenant-pinned-v1');
    expect(text).toContain('response schema v1 has no summary field for this check');
    expect(text).not.toContain('the document does not report this field');
  });

  it('builds a request from the form, JSON ready to copy', async () => {
    const operation = await page.locator('#build-operation option').nth(1).getAttribute('value');
    expect(operation).toBeTruthy();
    await page.getByLabel('Contract').selectOption(operation as string);
    const form = page.locator(`.contract-form[data-operation="${operation}"]`);
    await form.getByLabel('tenant_id').fill('tenant-built-here');
    await page.getByRole('button', { name: 'Build request' }).click();
    await page.locator('#build-status', { hasText: /^Built/ }).waitFor();
    expect(await page.locator('#build-status').innerText()).toBe(`Built a ${operation} request.`);
    const built = JSON.parse(await page.locator('#build-json').innerText()) as Record<
      string,
      unknown
    >;
    expect(built).toMatchObject({
      operation,
      tenant_id: 'tenant-built-here',
      requested_by: 'community',
    });
    expect(built['correlation_id']).toMatch(/^saas-[0-9a-f]{12}$/);
  });

  it('builds a response and shows its readiness', async () => {
    const form = page.locator('.contract-form:not([hidden])');
    const firstStatus = form.locator('select[data-part="summary"]').first();
    await firstStatus.selectOption('blocked');
    await form.getByLabel('blockers').fill('no owner on call');
    await page.getByRole('button', { name: 'Build response' }).click();
    await page.locator('#build-status', { hasText: /response\.$/ }).waitFor();
    const pair = JSON.parse(await page.locator('#build-json').innerText()) as {
      request: { tenant_id: string };
      response: { payload: { summary: { blockers: string[] } } };
    };
    expect(pair.request.tenant_id).toBe('tenant-built-here');
    expect(pair.response.payload.summary.blockers).toEqual(['no owner on call']);
    expect(await page.locator('#build-view').innerText()).toMatch(/Not ready: .*blocked/);
  });

  it('shows what the API refuses, naming the field', async () => {
    const form = page.locator('.contract-form:not([hidden])');
    await form.getByLabel('tenant_id').fill('');
    await page.getByRole('button', { name: 'Build request' }).click();
    await page.locator('#build-status', { hasText: /not built/ }).waitFor();
    expect(await page.locator('#build-issues').innerText()).toContain('tenant_id');
  });

  it('reads an uploaded NDJSON fleet, hostile documents included, as text', async () => {
    // Responses only: pairs reach POST /v1/validate whole, and only an API that reads pairs accepts them.
    const demo = demoFleet({ tenantsPerOperation: 3, seed: 11, pairs: false });
    const fleet = [...demo, rejectedWithHostileTenant()];
    // One table per registered operation, 3 tenants each; the hostile document and a line of
    // text are left out.
    const operations = new Set(
      demo.map((document) => {
        const { operation, request } = document as {
          operation?: string;
          request?: { operation: string };
        };
        return operation ?? request?.operation;
      }),
    ).size;
    const read = operations * 3 + 2;
    await page.locator('#documents-files').setInputFiles({
      name: 'fleet.ndjson',
      mimeType: 'application/x-ndjson',
      buffer: Buffer.from(`${toNdjson(fleet)}not json\n`),
    });
    await page.locator('#documents-status', { hasText: new RegExp(`^Read ${read} `) }).waitFor();
    expect(await page.locator('#documents-status').innerText()).toBe(
      `Read ${read} documents: ${operations * 3} tenants, 2 left out.`,
    );
    expect(await page.locator('#readiness table.fleet').count()).toBe(operations);
    const left = await page.locator('#readiness .rejected').innerText();
    expect(left).toContain(`fleet.ndjson:${read - 1}`);
    expect(left).toContain(`fleet.ndjson:${read}`);
    expect(left).toContain('the line is not valid JSON');
    expect(await page.locator('#readiness img').count()).toBe(0);
    expect(await page.content()).not.toContain(HOSTILE_TENANT);
    expect(record.dialogs).toEqual([]);
    expect(record.pageErrors).toEqual([]);
  });

  it('has no accessibility violations, and every control has a label', async () => {
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'console');
    await screenshot(page, 'console-full', true);
    expect(unexpectedErrors()).toEqual([]);
  });

  it('is usable from the keyboard: the documents box, upload and buttons take focus in order', async () => {
    await page.goto(`${server.url}/`);
    await page.keyboard.press('Tab');
    const order: string[] = [];
    for (let index = 0; index < 4; index++) {
      order.push(
        await page.evaluate(
          () => document.activeElement?.id || document.activeElement?.textContent || '',
        ),
      );
      await page.keyboard.press('Tab');
    }
    expect(order).toEqual([
      'documents-text',
      'documents-files',
      'Show readiness',
      'build-operation',
    ]);
    await page.locator('#documents-text').focus();
    await page.keyboard.insertText(JSON.stringify(acceptedWithMarkupBlocker()));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('#documents-status', { hasText: /^Read 1 document/ }).waitFor();
  });
});
