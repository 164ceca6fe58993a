import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.js';

/** A browser and a scratch folder shared by the tests (or benchmarks) of one file. */
export interface BrowserSession {
  /** The scratch folder, removed after the file's last test. */
  readonly folder: string;
  /** The browser, started before the file's first test and closed after its last. */
  browser(): Browser;
}

/**
 * Starts a browser before the first test of the calling file and makes a scratch folder;
 * closes and removes both after its last test.
 *
 * @param prefix The scratch folder's name prefix.
 * @returns The session.
 */
export function browserSession(prefix: string): BrowserSession {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(folder, { recursive: true, force: true });
  });
  return {
    folder,
    browser() {
      if (browser === undefined) throw new Error('the browser starts before the first test');
      return browser;
    },
  };
}
