import type { FleetView, OperationFleet, RejectedDocument } from '../view/fleet-view.js';
import { statusTone } from '../view/status-tone.js';
import { checkStatusWord, type TenantView } from '../view/tenant-view.js';
import { typicalTenant } from '../view/typical-tenant.js';
import { escapeHtml } from './escape-html.js';
import { list, renderTenant } from './render-tenant.js';
import { statusBadge, statusCell } from './status-badge.js';

/**
 * How many tenants one page of a fleet's table (and of its drill-downs) holds. Each page is
 * laid out and painted only when it nears the viewport (`content-visibility: auto`), so a
 * fleet of 10,000 tenants opens as fast as a few hundred; all of them stay in the file.
 */
export const TENANTS_PER_PAGE = 100;

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
  const typical = typicalTenant(tenants);
  if (typical === undefined) return '';
  const heading = `h${level}`;
  const sub = `h${level + 1}`;
  const operation = escapeHtml(contract.operation);
  const counts = entry.counts.map(
    (count) =>
      `<li>${statusBadge(count.status, statusTone(contract, count.status))} ${count.count}</li>`,
  );
  const head = `<thead><tr><th scope="col">Tenant</th><th scope="col">Overall</th>${contract.checks
    .map((check) => `<th scope="col">${breakable(check.check)}</th>`)
    .join('')}<th scope="col">Blockers</th></tr></thead>`;
  const tables: string[] = [];
  const drillDowns: string[] = [];
  for (let start = 0; start < tenants.length; start += TENANTS_PER_PAGE) {
    const page = tenants.slice(start, start + TENANTS_PER_PAGE);
    const range = `${start + 1}&ndash;${start + page.length} of ${tenants.length}`;
    const rows = page.map((view, index) => fleetRow(view, `${id}-t${start + index}`));
    tables.push(
      `<div class="page" id="${id}-p${start / TENANTS_PER_PAGE}"><table class="fleet"><caption>Tenants ${range}, worst first</caption>${head}<tbody>${rows.join('\n')}</tbody></table></div>`,
    );
    const sections = page.map((view, index) =>
      renderTenant(view, { level: level + 2, id: `${id}-t${start + index}`, shared: typical }),
    );
    drillDowns.push(
      `<div class="tenants">${sections.join('\n')}<p class="no-print"><a href="#${id}-p${start / TENANTS_PER_PAGE}">Back to tenants ${range} in the table</a></p></div>`,
    );
  }
  return [
    `<section class="operation" aria-labelledby="${id}-h">`,
    `<${heading} id="${id}-h"><code>${operation}</code> ${escapeHtml(contract.title)}</${heading}>`,
    `<p>${tenants.length} ${tenants.length === 1 ? 'tenant' : 'tenants'}, ${entry.not_ready} not ready. Overall status per tenant:</p>`,
    `<ul class="counts">${counts.join('')}</ul>`,
    `<${sub} id="${id}">Tenants &times; checks</${sub}>`,
    tables.join('\n'),
    sharedFacts(typical, operation, sub),
    `<${sub}>Each tenant</${sub}>`,
    drillDowns.join('\n'),
    '</section>',
  ].join('\n');
}

/**
 * What most tenants of an operation share, stated once: the drill-downs name only what differs.
 */
function sharedFacts(typical: TenantView, operation: string, sub: string): string {
  const unreported = typical.checks
    .filter((row) => row.field === null && row.note !== null)
    .map((row) => `<li><code>${escapeHtml(row.check)}</code>: ${escapeHtml(row.note ?? '')}</li>`);
  return [
    `<${sub}>What the tenants share, unless a drill-down says otherwise</${sub}>`,
    `<dl class="facts"><div><dt>Response status</dt><dd><code>${escapeHtml(typical.response_status)}</code>: ${escapeHtml(typical.response_status_meaning)}</dd></div><div><dt>Schema version</dt><dd><code>${escapeHtml(typical.schema_version)}</code></dd></div><div><dt>Next step</dt><dd>${escapeHtml(typical.next_step)}</dd></div></dl>`,
    unreported.length === 0 ? '' : `<p>Checks without a status:</p><ul>${unreported.join('')}</ul>`,
    `<p>Private modules every ${operation} tenant still requires:</p>`,
    list(typical.private_modules_required),
    `<p>Boundary: ${escapeHtml(typical.boundary)}</p>`,
  ].join('\n');
}

/** A check name that may wrap after its underscores, so narrow columns stay readable. */
function breakable(name: string): string {
  return escapeHtml(name).replaceAll('_', '_<wbr>');
}

/** One tenant's row; its cells carry the tone themselves, keeping a 10,000-row table small. */
function fleetRow(view: TenantView, target: string): string {
  const cells = view.checks.map((row) => statusCell(checkStatusWord(row), row.tone));
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
