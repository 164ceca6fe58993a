import { consoleContract } from '@cavra/contracts-console';
import {
  CONSOLE_CSP,
  CONSOLE_CSS,
  CONSOLE_SCRIPT,
  renderConsolePage,
} from '@cavra/contracts-console/page';
import { DEFAULT_RESPONSE_STATUS, RESPONSE_STATUSES } from '@cavra/contracts-core';
import type { Hono } from 'hono';
import { CONTRACTS, PUBLISHED_CONTRACTS } from '../operation-registry.js';
import { ROUTES } from '../route-paths.js';

/** The paths of the console page and its two assets. */
export const CONSOLE_ROUTES = {
  page: '/',
  script: '/console.js',
  style: '/console.css',
  icon: '/favicon.ico',
} as const;

/** Headers of the console page: its Content-Security-Policy, no framing, no referrer. */
const PAGE_HEADERS = {
  'Content-Security-Policy': CONSOLE_CSP,
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
} as const;

/**
 * Registers the readiness console: `GET /` answers the console page (paste, drop or upload
 * documents and see their readiness; build a request or a response of any contract), which
 * loads `GET /console.js` and `GET /console.css` from the same origin and calls this API's
 * validate and builder routes. The page allows no inline script and no other origin.
 * `GET /favicon.ico` answers 204, so a browser's own icon request is not an error.
 *
 * @param app The app.
 */
export function registerConsoleRoutes(app: Hono): void {
  let page: string | undefined;
  app.get(CONSOLE_ROUTES.page, (c) => {
    page ??= renderConsolePage(
      CONTRACTS.map(consoleContract),
      {
        script: CONSOLE_ROUTES.script,
        style: CONSOLE_ROUTES.style,
        validate: ROUTES.validate,
        requests: ROUTES.requests,
        responses: ROUTES.responses,
      },
      {
        responseStatuses: [
          DEFAULT_RESPONSE_STATUS,
          ...RESPONSE_STATUSES.filter((status) => status !== DEFAULT_RESPONSE_STATUS),
        ],
        versions: PUBLISHED_CONTRACTS.map(consoleContract),
      },
    );
    return c.html(page, 200, PAGE_HEADERS);
  });
  app.get(CONSOLE_ROUTES.script, (c) =>
    c.body(CONSOLE_SCRIPT, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }),
  );
  app.get(CONSOLE_ROUTES.style, (c) =>
    c.body(CONSOLE_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' }),
  );
  // Browsers ask for an icon on their own; the console has none.
  app.get(CONSOLE_ROUTES.icon, (c) => c.body(null, 204));
}
