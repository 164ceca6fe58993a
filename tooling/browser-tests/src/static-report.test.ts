import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, recordPage, screenshot } from './browser.js';
import { demoFleet, toNdjson } from './demo-fleet.js';
import {
  acceptedWithMarkupBlocker,
  HOSTILE_TENANT,
  MARKUP_BLOCKER,
  rejectedWithHostileTenant,
} from './hostile-documents.js';
import { runReport } from './run-report.js';

const folder = mkdtempSync(join(tmpdir(), 'cavra-report-'));
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** Writes documents as NDJSON and renders them with `report --format html`. */
function htmlReport(name: string, documents: readonly unknown[]) {
  const input = join(folder, `${name}.ndjson`);
  const output = join(folder, `${name}.html`);
  writeFileSync(input, toNdjson(documents));
  const run = runReport([input, '--format', 'html', '-o', output]);
  return { ...run, output, bytes: statSync(output).size };
}

async function open(file: string, timeout = 30_000) {
  const page = await browser.newPage({ viewport: { width: 960, height: 600 } });
  const record = recordPage(page);
  const url = pathToFileURL(file).href;
  const started = performance.now();
  await page.goto(url, { waitUntil: 'load', timeout });
  const milliseconds = performance.now() - started;
  return { page, record, url, milliseconds };
}

describe('the static report of the demo fleet', () => {
  const demo = demoFleet({ tenantsPerOperation: 4, seed: 7 });
  const fleet = [...demo, acceptedWithMarkupBlocker(), rejectedWithHostileTenant()];
  // One table per registered operation; 4 tenants each, plus the accepted hostile one.
  const operations = new Set(
    demo.map((document) => {
      const { operation, request } = document as {
        operation?: string;
        request?: { operation: string };
      };
      return operation ?? request?.operation;
    }),
  ).size;
  const tenants = operations * 4 + 1;

  it('opens with no console error and no request, and shows the fleet worst first', async () => {
    const report = htmlReport('demo-fleet', fleet);
    expect(report.status).toBe(1);
    expect(report.stderr).toMatch(
      new RegExp(`wrote .*demo-fleet\\.html.*: ${tenants} tenants, 1 left out`),
    );
    console.info(
      `demo fleet report: ${report.bytes} bytes, written in ${report.milliseconds.toFixed(0)} ms`,
    );
    const { page, record, url } = await open(report.output);
    expect(record.consoleErrors).toEqual([]);
    expect(record.pageErrors).toEqual([]);
    expect(record.requests).toEqual([url]);
    const text = await page.locator('main').innerText();
    expect(text).toContain(
      `${tenants + 1} documents; ${tenants} tenants in ${operations} operations; 1 left out (listed below).`,
    );
    const tables = page.locator('table.fleet');
    expect(await tables.count()).toBe(operations);
    const firstStatuses = await tables.nth(0).locator('tbody tr td:nth-child(2)').allInnerTexts();
    expect(firstStatuses).toHaveLength(5);
    expect(firstStatuses[0]).toContain('blocked');
    expect(text).toContain('Documents left out');
    expect(text).toMatch(/Response statuses\. accepted: /);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'fleet-view');
    await page.close();
  });

  it('shows hostile values as text: no element, no script, no dialog', async () => {
    const report = htmlReport('hostile', [
      acceptedWithMarkupBlocker(),
      rejectedWithHostileTenant(),
    ]);
    const { page, record } = await open(report.output);
    expect(await page.locator('main img, main script, main b').count()).toBe(0);
    expect(await page.locator('main').innerText()).toContain(MARKUP_BLOCKER);
    expect(await page.content()).not.toContain(HOSTILE_TENANT);
    expect(record.dialogs).toEqual([]);
    expect(record.pageErrors).toEqual([]);
    await page.close();
  });

  it('gives one tenant the single-tenant view', async () => {
    const [one] = demoFleet({ tenantsPerOperation: 1, seed: 3 });
    const report = htmlReport('single', [one]);
    expect(report.status).toBe(0);
    const { page, record } = await open(report.output);
    expect(record.consoleErrors).toEqual([]);
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/(Ready|Not ready): /);
    for (const label of [
      'Response status',
      'Correlation id',
      'Schema version',
      'Private modules still required',
      'Boundary',
      'Blockers',
    ]) {
      expect(text).toContain(label);
    }
    expect(text).toContain('requires_private_service: only the shape was checked');
    expect(await page.locator('table.checks tbody tr').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'single-tenant-view');
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'single-tenant-view-phone');
    await page.close();
  });
});

describe('a fleet of 10,000 tenants', () => {
  it('is written by report --format html and opens in the browser', {
    timeout: 300_000,
  }, async () => {
    const documents = demoFleet({ tenantsPerOperation: 3334, seed: Date.now() % 100_000 }).slice(
      0,
      10_000,
    );
    const report = htmlReport('ten-thousand', documents);
    expect(report.status).toBe(0);
    // A generous limit: the figure is reported, not asserted (CI machines differ in load).
    const { page, record, milliseconds } = await open(report.output, 240_000);
    console.info(
      `10,000 tenants: report ${(report.bytes / 1024 / 1024).toFixed(1)} MiB written in ${report.milliseconds.toFixed(0)} ms (process wall time); opened in chromium in ${milliseconds.toFixed(0)} ms`,
    );
    expect(record.consoleErrors).toEqual([]);
    const rows = await page.evaluate(
      () => document.querySelectorAll('table.fleet tbody tr').length,
    );
    expect(rows).toBe(10_000);
    await page.close();
  });
});
