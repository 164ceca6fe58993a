import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';

/** Debian's chromium, which CI installs with apt (override with `CHROMIUM_PATH`). */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Where screenshots go: CI keeps this folder as artifacts; git ignores it. */
export const SCREENSHOTS = fileURLToPath(
  new URL('../../../artifacts/screenshots/', import.meta.url),
);

/**
 * Starts headless chromium with no sandbox (CI runs as root in a container) and with the
 * browser's own background traffic off, so every request a test sees comes from the page.
 *
 * @returns The browser.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** What a page did besides rendering: console errors, uncaught errors, dialogs, requests. */
export interface PageRecord {
  /** Console messages of type error (a blocked request or script shows here too). */
  readonly consoleErrors: string[];
  /** Uncaught exceptions. */
  readonly pageErrors: string[];
  /** Dialogs opened (`alert` from injected markup would land here). */
  readonly dialogs: string[];
  /** URLs of every request the page made. */
  readonly requests: string[];
}

/**
 * Records a page's console errors, uncaught errors, dialogs and requests.
 *
 * @param page The page.
 * @returns The record, filled as the page runs.
 */
export function recordPage(page: Page): PageRecord {
  const record: PageRecord = { consoleErrors: [], pageErrors: [], dialogs: [], requests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') record.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => record.pageErrors.push(error.message));
  page.on('dialog', (dialog) => {
    record.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => record.requests.push(request.url()));
  return record;
}

/** One accessibility violation axe reports, reduced to what a failing test should show. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly nodes: readonly string[];
}

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Runs axe-core in the page (evaluated through the DevTools protocol, so a strict
 * Content-Security-Policy need not be loosened) and returns its violations.
 *
 * @param page The page.
 * @returns The violations; empty when axe finds none.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const { readFileSync } = await import('node:fs');
  await page.evaluate(readFileSync(AXE_SOURCE, 'utf8'));
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run: (context: Document) => Promise<{
            violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      nodes: violation.nodes.map((node) => JSON.stringify(node.target)),
    }));
  });
}

/**
 * Saves a screenshot of the page into {@link SCREENSHOTS}.
 *
 * @param page The page.
 * @param name The file name without extension.
 * @param fullPage Whether to capture the whole page rather than the viewport.
 * @returns The file's path.
 */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}
