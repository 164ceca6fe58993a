import type { TenantView } from '../view/tenant-view.js';
import { escapeHtml } from './escape-html.js';
import { statusBadge } from './status-badge.js';

/** Options of {@link renderTenant}. */
export interface RenderTenantOptions {
  /** The level of the tenant's heading (2 to 5); its parts use the next level. Default 2. */
  readonly level?: number;
  /** The `id` of the tenant's section, for links to it. */
  readonly id?: string;
  /**
   * The private modules and boundary the surrounding view already shows: when the tenant's
   * are the same, they are referred to instead of repeated (a fleet shows them once).
   */
  readonly shared?: { readonly private_modules: readonly string[]; readonly boundary: string };
  /** A link back to the view that lists the tenant, e.g. `#fleet-0`. */
  readonly back?: { readonly href: string; readonly text: string };
}

/**
 * Renders one tenant's readiness as an HTML fragment: the overall status with its reason,
 * the service's own overall claims, every check with its status as text and colour (or why
 * it has none), the blockers, the private modules still required, the boundary, the response
 * status in plain words, the correlation id and the schema version. Every document value is
 * escaped.
 *
 * @param view The tenant's view.
 * @param options Heading level, section id, what the surrounding view already shows.
 * @returns The HTML of a `<section>`.
 */
export function renderTenant(view: TenantView, options: RenderTenantOptions = {}): string {
  const level = Math.min(Math.max(options.level ?? 2, 2), 5);
  const h = (text: string, extra = 0) => `<h${level + extra}>${text}</h${level + extra}>`;
  const id = options.id === undefined ? '' : ` id="${escapeHtml(options.id)}"`;
  const verdict = view.ready ? 'Ready' : 'Not ready';
  const parts = [
    `<section class="tenant"${id}>`,
    h(
      `<span class="tenant-id">${escapeHtml(view.tenant_id)}</span> <span class="operation">${escapeHtml(view.operation)}</span>`,
    ),
    `<p class="verdict">${statusBadge(view.status, view.tone)} <strong>${verdict}:</strong> ${escapeHtml(view.reason)}</p>`,
    ...view.claims.map(
      (claim) =>
        `<p class="claim">Service's own overall claim, <code>${escapeHtml(claim.field)}</code>: ${statusBadge(claim.status, claim.tone)} <span class="note">${escapeHtml(claim.note)}</span></p>`,
    ),
    renderFacts(view),
    renderChecks(view),
    h('Blockers', 1),
    view.blockers.length === 0 ? '<p>None.</p>' : list(view.blockers),
    ...renderShared(view, options, h),
    `<p><strong>Next step:</strong> ${escapeHtml(view.next_step)}</p>`,
  ];
  if (options.back) {
    parts.push(
      `<p class="back no-print"><a href="${escapeHtml(options.back.href)}">${escapeHtml(options.back.text)}</a></p>`,
    );
  }
  parts.push('</section>');
  return parts.join('\n');
}

function renderFacts(view: TenantView): string {
  const facts: [string, string][] = [
    [
      'Response status',
      `<code>${escapeHtml(view.response_status)}</code>: ${escapeHtml(view.response_status_meaning)}`,
    ],
    ['Correlation id', `<code>${escapeHtml(view.correlation_id)}</code>`],
    ['Schema version', `<code>${escapeHtml(view.schema_version)}</code>`],
  ];
  if (view.source !== null) facts.push(['Source', escapeHtml(view.source)]);
  const rows = facts.map(([term, detail]) => `<div><dt>${term}</dt><dd>${detail}</dd></div>`);
  return `<dl class="facts">${rows.join('')}</dl>`;
}

function renderChecks(view: TenantView): string {
  const rows = view.checks.map((row) => {
    const field = row.field === null ? '<em>none</em>' : `<code>${escapeHtml(row.field)}</code>`;
    const note = row.note === null ? '' : ` <span class="note">${escapeHtml(row.note)}</span>`;
    return `<tr><th scope="row">${escapeHtml(row.check)}</th><td>${field}</td><td>${statusBadge(row.status, row.tone)}${note}</td></tr>`;
  });
  return [
    '<table class="checks"><caption>Checks</caption>',
    '<thead><tr><th scope="col">Check</th><th scope="col">Summary field</th><th scope="col">Status</th></tr></thead>',
    `<tbody>${rows.join('')}</tbody></table>`,
  ].join('');
}

function renderShared(
  view: TenantView,
  options: RenderTenantOptions,
  h: (text: string, extra?: number) => string,
): string[] {
  const { shared } = options;
  if (
    shared !== undefined &&
    shared.boundary === view.boundary &&
    sameList(shared.private_modules, view.private_modules_required)
  ) {
    return [
      `<p class="note">Private modules still required and boundary: the ${view.private_modules_required.length} modules and the boundary listed for ${escapeHtml(view.operation)}.</p>`,
    ];
  }
  return [
    h('Private modules still required', 1),
    list(view.private_modules_required),
    h('Boundary', 1),
    `<p>${escapeHtml(view.boundary)}</p>`,
  ];
}

/**
 * Renders texts as a bulleted list, each escaped.
 *
 * @param items The texts.
 * @returns The HTML of a `<ul>`.
 */
export function list(items: readonly string[]): string {
  return `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
