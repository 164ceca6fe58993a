import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { type PageRecord, recordPage } from './browser.js';

/** A report opened in a new tab, with the figures of its opening. */
export interface OpenedReport {
  readonly page: Page;
  readonly record: PageRecord;
  /** The file's URL. */
  readonly url: string;
  /** Wall time from asking for the tab's navigation to its load event, in milliseconds. */
  readonly milliseconds: number;
  /**
   * The page's own Navigation Timing (first contentful paint, load event end) and the CPU
   * time its renderer process spent until then, in milliseconds; the CPU time does not grow
   * when other processes share the machine, the wall times do.
   */
  readonly timing: {
    readonly firstContentfulPaint: number;
    readonly loadEventEnd: number;
    readonly rendererCpu: number;
  };
}

/**
 * Opens a report file in a new tab (its own renderer process) of a 960×600 window and waits for its load event, the
 * moment every tenant of the file is parsed and reachable.
 *
 * @param browser The browser.
 * @param file The report's path.
 * @param timeout How long to wait for the load event, in milliseconds.
 * @returns The page, what it did, and how long it took.
 */
export async function openReport(
  browser: Browser,
  file: string,
  timeout = 60_000,
): Promise<OpenedReport> {
  const page = await browser.newPage({ viewport: { width: 960, height: 600 } });
  const record = recordPage(page);
  const url = pathToFileURL(file).href;
  const started = performance.now();
  await page.goto(url, { waitUntil: 'load', timeout });
  const milliseconds = performance.now() - started;
  const devtools = await page.context().newCDPSession(page);
  await devtools.send('Performance.enable');
  const { metrics } = await devtools.send('Performance.getMetrics');
  await devtools.detach();
  const processTime = metrics.find((metric) => metric.name === 'ProcessTime')?.value ?? Number.NaN;
  const paints = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType(
      'navigation',
    ) as PerformanceNavigationTiming[];
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    return {
      firstContentfulPaint: paint?.startTime ?? Number.NaN,
      loadEventEnd: navigation?.loadEventEnd ?? Number.NaN,
    };
  });
  const timing = { ...paints, rendererCpu: processTime * 1000 };
  return { page, record, url, milliseconds, timing };
}
