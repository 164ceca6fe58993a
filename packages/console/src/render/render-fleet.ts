import type { FleetView, OperationFleet, RejectedDocument } from '../view/fleet-view.js';
import { statusTone } from '../view/status-tone.js';
import type { TenantView } from '../view/tenant-view.js';
import { escapeHtml } from './escape-html.js';
import { list, renderTenant } from './render-tenant.js';
import { statusBadge, statusCell } from './status-badge.js';

/** Options of {@link renderFleet}. */
export interface RenderFleetOptions {
  /** The level of each operation's heading (2 to 4). Default 2. */
  readonly level?: number;
  /** A prefix for the element ids, so two views can share a page. Default `r`. */
  readonly idPrefix?: string;
}

/**
 * Renders many tenants' readiness as an HTML fragment: per operation, the counts per status
 * and a table of tenants × checks, worst first, each tenant linking to its drill-down in the
 * same fragment; then the documents left out with their issues. Every document value is
 * escaped.
 *
 * @param fleet The fleet view.
 * @param options Heading level and id prefix.
 * @returns The HTML.
 */
export function renderFleet(fleet: FleetView, options: RenderFleetOptions = {}): string {
  const level = Math.min(Math.max(options.level ?? 2, 2), 4);
  const prefix = options.idPrefix ?? 'r';
  const tenants = fleet.operations.reduce((sum, entry) => sum + entry.tenants.length, 0);
  const parts = [`<p class="overview">${escapeHtml(overview(fleet, tenants))}</p>`];
  fleet.operations.forEach((entry, index) => {
    parts.push(renderOperation(entry, level, `${prefix}-${index}`));
  });
  if (fleet.rejected.length > 0)
    parts.push(renderRejected(fleet.rejected, level, `${prefix}-rejected`));
  return parts.join('\n');
}

function overview(fleet: FleetView, tenants: number): string {
  const parts = [
    `${fleet.documents} ${fleet.documents === 1 ? 'document' : 'documents'}`,
    `${tenants} ${tenants === 1 ? 'tenant' : 'tenants'} in ${fleet.operations.length} ${fleet.operations.length === 1 ? 'operation' : 'operations'}`,
  ];
  if (fleet.rejected.length > 0) parts.push(`${fleet.rejected.length} left out (listed below)`);
  if (fleet.requests_only > 0) {
    parts.push(
      `${fleet.requests_only} ${fleet.requests_only === 1 ? 'request' : 'requests'} without a response (a request holds no readiness)`,
    );
  }
  return `${parts.join('; ')}.`;
}

function renderOperation(entry: OperationFleet, level: number, id: string): string {
  const { contract, tenants } = entry;
  const heading = `h${level}`;
  const sub = `h${level + 1}`;
  const columns = contract.checks.map((check) => `<th scope="col">${escapeHtml(check.check)}</th>`);
  const rows = tenants.map((view, index) => fleetRow(view, `${id}-t${index}`));
  const counts = entry.counts.map(
    (count) =>
      `<li>${statusBadge(count.status, statusTone(contract, count.status))} ${count.count}</li>`,
  );
  const drillDowns = tenants.map((view, index) =>
    renderTenant(view, {
      level: level + 2,
      id: `${id}-t${index}`,
      shared: contract,
      back: { href: `#${id}`, text: 'Back to the table' },
    }),
  );
  return [
    `<section class="operation" aria-labelledby="${id}-h">`,
    `<${heading} id="${id}-h"><code>${escapeHtml(contract.operation)}</code> ${escapeHtml(contract.title)}</${heading}>`,
    `<p>${tenants.length} ${tenants.length === 1 ? 'tenant' : 'tenants'}, ${entry.not_ready} not ready. Overall status per tenant:</p>`,
    `<ul class="counts">${counts.join('')}</ul>`,
    `<div class="scroll operation-table" id="${id}" role="region" aria-label="${escapeHtml(contract.operation)} tenants by check" tabindex="0">`,
    `<table class="fleet"><caption>Tenants × checks, worst first</caption>`,
    `<thead><tr><th scope="col">Tenant</th><th scope="col">Overall</th>${columns.join('')}<th scope="col">Blockers</th></tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody></table></div>`,
    `<${sub}>Private modules every ${escapeHtml(contract.operation)} tenant still requires</${sub}>`,
    list(contract.private_modules),
    `<${sub}>Boundary</${sub}>`,
    `<p>${escapeHtml(contract.boundary)}</p>`,
    `<${sub}>Each tenant</${sub}>`,
    drillDowns.join('\n'),
    '</section>',
  ].join('\n');
}

/** One tenant's row; its cells carry the tone themselves, keeping a 10,000-row table small. */
function fleetRow(view: TenantView, target: string): string {
  const cells = view.checks.map((row) => statusCell(row.status, row.tone));
  return `<tr><th scope="row"><a href="#${target}">${escapeHtml(view.tenant_id)}</a></th>${statusCell(view.status, view.tone)}${cells.join('')}<td>${view.blockers.length}</td></tr>`;
}

function renderRejected(rejected: readonly RejectedDocument[], level: number, id: string): string {
  const rows = rejected.map((document) => {
    const issues = document.issues.map(
      (issue) =>
        `<li><code>${escapeHtml(issue.path === '' ? '(document)' : issue.path)}</code>: ${escapeHtml(issue.message)}</li>`,
    );
    if (document.more_issues > 0) issues.push(`<li>and ${document.more_issues} more</li>`);
    return `<tr><th scope="row">${escapeHtml(document.source)}</th><td>${escapeHtml(document.label)}</td><td><ul>${issues.join('')}</ul></td></tr>`;
  });
  return [
    `<section class="rejected" aria-labelledby="${id}">`,
    `<h${level} id="${id}">Documents left out</h${level}>`,
    `<p>${rejected.length} ${rejected.length === 1 ? 'document was' : 'documents were'} not read or not valid, so ${rejected.length === 1 ? 'it is' : 'they are'} not in the views above.</p>`,
    '<table class="rejected-list"><caption>Documents left out and why</caption>',
    '<thead><tr><th scope="col">Source</th><th scope="col">Recognised as</th><th scope="col">Issues</th></tr></thead>',
    `<tbody>${rows.join('\n')}</tbody></table>`,
    '</section>',
  ].join('\n');
}
