import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations, screenshot } from './browser.js';
import { browserSession } from './browser-session.js';
import { demoFleet, toNdjson } from './demo-fleet.js';
import {
  acceptedWithMarkupBlocker,
  HOSTILE_TENANT,
  MARKUP_BLOCKER,
  rejectedWithHostileTenant,
} from './hostile-documents.js';
import { openReport } from './open-report.js';
import { runReport } from './run-report.js';

const session = browserSession('cavra-report-');
const { folder } = session;

/** Writes documents as NDJSON and renders them with `report --format html`. */
function htmlReport(name: string, documents: readonly unknown[]) {
  const input = join(folder, `${name}.ndjson`);
  const output = join(folder, `${name}.html`);
  writeFileSync(input, toNdjson(documents));
  const run = runReport([input, '--format', 'html', '-o', output]);
  return { ...run, output, bytes: statSync(output).size };
}

const open = (file: string, timeout?: number) => openReport(session.browser(), file, timeout);

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
    // Printed, every page of tenants is laid out in full and the in-page links are dropped.
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      pages: [...document.querySelectorAll('.page, .tenants')].map(
        (element) => getComputedStyle(element).contentVisibility,
      ),
      links: [...document.querySelectorAll('.no-print')].map(
        (element) => getComputedStyle(element).display,
      ),
    }));
    expect(new Set(printed.pages)).toEqual(new Set(['visible']));
    expect(new Set(printed.links)).toEqual(new Set(['none']));
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
    // The figures are printed, not asserted (`pnpm bench` measures them side by side); the
    // limit only keeps a stuck browser from hanging the suite.
    const { page, record, milliseconds, timing } = await open(report.output, 240_000);
    console.info(
      `10,000 tenants: report ${(report.bytes / 1024 / 1024).toFixed(1)} MiB (${report.bytes} bytes) written in ${report.milliseconds.toFixed(0)} ms (process wall time); chromium: first contentful paint at ${timing.firstContentfulPaint.toFixed(0)} ms, load event at ${timing.loadEventEnd.toFixed(0)} ms, renderer CPU ${timing.rendererCpu.toFixed(0)} ms (new tab to load: ${milliseconds.toFixed(0)} ms)`,
    );
    expect(record.consoleErrors).toEqual([]);
    const rows = await page.evaluate(
      () => document.querySelectorAll('table.fleet tbody tr').length,
    );
    expect(rows).toBe(10_000);
    // Every tenant's drill-down is in the file, reachable by its row's link, without script.
    const reach = await page.evaluate(() => {
      const links = [...document.querySelectorAll('table.fleet tbody a[href^="#"]')];
      const missing = links.filter(
        (link) => document.getElementById(link.getAttribute('href')?.slice(1) ?? '') === null,
      );
      return { links: links.length, missing: missing.length };
    });
    expect(reach).toEqual({ links: 10_000, missing: 0 });
    const last = page.locator('table.fleet tbody a').last();
    const tenant = await last.textContent();
    await last.click();
    const target = page.locator(`section.tenant${new URL(page.url()).hash}`);
    await target.waitFor();
    expect(await target.locator('h4').innerText()).toBe(tenant);
    expect(await target.innerText()).toMatch(/(Ready|Not ready): .*Correlation id saas-/s);
    expect(await target.isVisible()).toBe(true);
    await page.close();
  });
});
