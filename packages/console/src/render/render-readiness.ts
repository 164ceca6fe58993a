import type { FleetView } from '../view/fleet-view.js';
import { RESPONSE_STATUS_MEANINGS } from '../view/response-status-meaning.js';
import { escapeHtml } from './escape-html.js';
import { renderFleet } from './render-fleet.js';
import { renderTenant } from './render-tenant.js';

/** Options of {@link renderReadiness}. */
export interface RenderReadinessOptions {
  /** The level of the top headings (2 to 4). Default 2. */
  readonly level?: number;
  /** A prefix for element ids. Default `r`. */
  readonly idPrefix?: string;
}

/**
 * Renders the readiness of the documents read: the single-tenant view when they hold
 * exactly one tenant and nothing was left out, the fleet view otherwise; then the glossary
 * of response statuses. The static report and the console page both show this fragment.
 *
 * @param fleet The documents' fleet view.
 * @param options Heading level and id prefix.
 * @returns The HTML fragment.
 */
export function renderReadiness(fleet: FleetView, options: RenderReadinessOptions = {}): string {
  const [only] = fleet.operations;
  const single =
    fleet.operations.length === 1 &&
    only?.tenants.length === 1 &&
    fleet.rejected.length === 0 &&
    fleet.requests_only === 0;
  const body =
    single && only.tenants[0]
      ? renderTenant(only.tenants[0], { level: options.level ?? 2 })
      : renderFleet(fleet, options);
  return `${body}\n${renderGlossary()}`;
}

/**
 * Renders the glossary line of the response statuses.
 *
 * @returns The HTML of a paragraph.
 */
export function renderGlossary(): string {
  const entries = Object.entries(RESPONSE_STATUS_MEANINGS).map(
    ([status, meaning]) => `<code>${escapeHtml(status)}</code>: ${escapeHtml(meaning)}`,
  );
  return `<p class="glossary"><strong>Response statuses.</strong> ${entries.join('; ')}.</p>`;
}
