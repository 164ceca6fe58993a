import type { TenantView } from '../view/tenant-view.js';
import { escapeHtml } from './escape-html.js';
import { statusBadge } from './status-badge.js';

/** What a fleet view already shows once per operation, so each tenant's drill-down refers to it. */
export interface SharedFacts {
  /** The operation's private modules. */
  readonly private_modules: readonly string[];
  /** The operation's boundary text. */
  readonly boundary: string;
}

/** Options of {@link renderTenant}. */
export interface RenderTenantOptions {
  /** The level of the tenant's heading (2 to 5); its parts use the next level. Default 2. */
  readonly level?: number;
  /** The `id` of the tenant's section, for links to it. */
  readonly id?: string;
  /**
   * Set in a fleet's drill-down, which is short and plain (a fleet holds thousands): the
   * fleet's table shows each check's status in colour, its operation section the private
   * modules and boundary (the tenant's are listed only when they differ), its glossary the
   * response statuses.
   */
  readonly shared?: SharedFacts;
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
 * @param options Heading level, section id, what a surrounding fleet view already shows.
 * @returns The HTML of a `<section>`.
 */
export function renderTenant(view: TenantView, options: RenderTenantOptions = {}): string {
  const level = Math.min(Math.max(options.level ?? 2, 2), 5);
  const id = options.id === undefined ? '' : ` id="${escapeHtml(options.id)}"`;
  const heading = `<h${level}><span class="tenant-id">${escapeHtml(view.tenant_id)}</span> <span class="op-name">${escapeHtml(view.operation)}</span></h${level}>`;
  const parts = [`<section class="tenant"${id}>`, heading];
  if (options.shared === undefined) parts.push(...fullView(view, level + 1));
  else parts.push(...drillDown(view, options.shared));
  if (options.back) {
    parts.push(
      `<p class="no-print"><a href="${escapeHtml(options.back.href)}">${escapeHtml(options.back.text)}</a></p>`,
    );
  }
  parts.push('</section>');
  return parts.join('\n');
}

function fullView(view: TenantView, level: number): string[] {
  const h = (text: string) => `<h${level}>${text}</h${level}>`;
  const facts: [string, string][] = [
    [
      'Response status',
      `<code>${escapeHtml(view.response_status)}</code>: ${escapeHtml(view.response_status_meaning)}`,
    ],
    ['Correlation id', `<code>${escapeHtml(view.correlation_id)}</code>`],
    ['Schema version', `<code>${escapeHtml(view.schema_version)}</code>`],
  ];
  if (view.source !== null) facts.push(['Source', escapeHtml(view.source)]);
  const rows = view.checks.map((row) => {
    const field = row.field === null ? '<em>none</em>' : `<code>${escapeHtml(row.field)}</code>`;
    const note = row.note === null ? '' : ` <span class="note">${escapeHtml(row.note)}</span>`;
    return `<tr><th scope="row">${escapeHtml(row.check)}</th><td>${field}</td><td>${statusBadge(row.status, row.tone)}${note}</td></tr>`;
  });
  return [
    `<p class="verdict">${statusBadge(view.status, view.tone)} <strong>${view.ready ? 'Ready' : 'Not ready'}:</strong> ${escapeHtml(view.reason)}</p>`,
    ...view.claims.map(
      (claim) =>
        `<p>Service's own overall claim, <code>${escapeHtml(claim.field)}</code>: ${statusBadge(claim.status, claim.tone)} <span class="note">${escapeHtml(claim.note)}</span></p>`,
    ),
    `<dl class="facts">${facts.map(([term, detail]) => `<div><dt>${term}</dt><dd>${detail}</dd></div>`).join('')}</dl>`,
    `<table class="checks"><caption>Checks</caption><thead><tr><th scope="col">Check</th><th scope="col">Summary field</th><th scope="col">Status</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
    h('Blockers'),
    view.blockers.length === 0 ? '<p>None.</p>' : list(view.blockers),
    h('Private modules still required'),
    list(view.private_modules_required),
    h('Boundary'),
    `<p>${escapeHtml(view.boundary)}</p>`,
    `<p><strong>Next step:</strong> ${escapeHtml(view.next_step)}</p>`,
  ];
}

/** A fleet's drill-down: plain paragraphs, a few elements per tenant. */
function drillDown(view: TenantView, shared: SharedFacts): string[] {
  const open = view.checks
    .filter((row) => row.tone !== 'ok' || row.note !== null)
    .map((row) => {
      const status = row.status ?? 'not reported';
      return escapeHtml(
        row.note === null ? `${row.check} ${status}` : `${row.check} ${status} (${row.note})`,
      );
    });
  const claims = view.claims.map((claim) =>
    escapeHtml(`The service's own overall claim, ${claim.field}: ${claim.status} (${claim.note}).`),
  );
  const blockers =
    view.blockers.length === 0
      ? 'none'
      : view.blockers.map((blocker) => `“${escapeHtml(blocker)}”`).join('; ');
  const source = view.source === null ? '' : ` · from ${escapeHtml(view.source)}`;
  const parts = [
    `<p>${statusBadge(view.status, view.tone)} ${view.ready ? 'Ready' : 'Not ready'}: ${escapeHtml(view.reason)}.${claims.length > 0 ? ` ${claims.join(' ')}` : ''}</p>`,
    `<p>Checks not fine: ${open.length === 0 ? 'none' : open.join('; ')}. Blockers: ${blockers}.</p>`,
    `<p class="note">Response status ${escapeHtml(view.response_status)} · correlation id ${escapeHtml(view.correlation_id)} · ${escapeHtml(view.schema_version)}${source}. Next step: ${escapeHtml(view.next_step)}</p>`,
  ];
  const sameModules =
    shared.boundary === view.boundary &&
    shared.private_modules.length === view.private_modules_required.length &&
    shared.private_modules.every((item, index) => item === view.private_modules_required[index]);
  if (!sameModules) {
    parts.push(
      `<p>Private modules still required: ${escapeHtml(view.private_modules_required.join(', '))}. Boundary: ${escapeHtml(view.boundary)}</p>`,
    );
  }
  return parts;
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
