import type { FleetView } from '../view/fleet-view.js';
import { escapeHtml } from './escape-html.js';
import { READINESS_CSS } from './readiness-css.js';
import { renderReadiness } from './render-readiness.js';

/**
 * The Content-Security-Policy of the static report: no script, no request of any kind
 * (images, fonts, frames, forms), only its own inline style sheet.
 */
export const REPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** Options of {@link renderReportPage}. */
export interface RenderReportPageOptions {
  /** The page title. Default `Readiness report`. */
  readonly title?: string;
  /** A line under the title, e.g. what was read and when. */
  readonly subtitle?: string;
}

/**
 * Renders a whole, self-contained HTML report of the documents read: inline style sheet,
 * no script, no request to anywhere (its Content-Security-Policy forbids every fetch),
 * printable and readable on a phone.
 *
 * @param fleet The documents' fleet view (one tenant gives the single-tenant view).
 * @param options Title and subtitle.
 * @returns The HTML document.
 */
export function renderReportPage(fleet: FleetView, options: RenderReportPageOptions = {}): string {
  const title = escapeHtml(options.title ?? 'Readiness report');
  const subtitle =
    options.subtitle === undefined ? '' : `<p class="note">${escapeHtml(options.subtitle)}</p>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<style>${READINESS_CSS}</style>
</head>
<body>
<main>
<h1>${title}</h1>
${subtitle}
${renderReadiness(fleet)}
</main>
</body>
</html>
`;
}
