import { type CheckRow, checkStatusWord, type TenantView } from '../view/tenant-view.js';
import { escapeHtml } from './escape-html.js';
import { statusBadge } from './status-badge.js';

/** Options of {@link renderTenant}. */
export interface RenderTenantOptions {
  /** The level of the tenant's heading (2 to 5); its parts use the next level. Default 2. */
  readonly level?: number;
  /** The `id` of the tenant's section, for links to it. */
  readonly id?: string;
  /**
   * Set in a fleet's drill-down, which is short and plain (a fleet holds thousands): the
   * operation's typical tenant (`typicalTenant`), whose response status, schema version,
   * next step, private modules, boundary and check notes the operation section states once;
   * the drill-down lists only what differs from them. The fleet's table shows each check's
   * status in colour, its glossary the response statuses.
   */
  readonly shared?: TenantView;
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
  if (options.shared !== undefined) {
    // A fleet's drill-down: its operation is the section's, so the heading is the tenant id.
    const heading = `<h${level}>${escapeHtml(view.tenant_id)}</h${level}>`;
    return `<section class="tenant"${id}>${heading}${drillDown(view, options.shared)}</section>`;
  }
  const heading = `<h${level}><span class="tenant-id">${escapeHtml(view.tenant_id)}</span> <span class="op-name">${escapeHtml(view.operation)}</span></h${level}>`;
  return [
    `<section class="tenant"${id}>`,
    heading,
    ...fullView(view, level + 1),
    '</section>',
  ].join('\n');
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
    return `<tr><th scope="row">${escapeHtml(row.check)}</th><td>${field}</td><td>${statusBadge(checkStatusWord(row), row.tone)}${note}</td></tr>`;
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

/**
 * A fleet's drill-down: the reason, the claims, the checks needing attention, the blockers,
 * the correlation id and where it came from, and only what differs from the operation's
 * typical tenant (a fleet holds thousands of them).
 */
function drillDown(view: TenantView, typical: TenantView): string {
  const claims = view.claims.map(
    (claim) => ` The service's own overall claim, ${claim.field}: ${claim.status} (${claim.note}).`,
  );
  const parts = [
    `<p>${statusBadge(view.status, view.tone)} ${escapeHtml(`${view.ready ? 'Ready' : 'Not ready'}: ${view.reason}.${claims.join('')}`)}</p>`,
  ];
  // Checks needing attention; one whose note the typical tenant shares (no summary field
  // reports it) is listed once in the operation's section instead.
  const shared = (row: CheckRow) => row.note !== null && row.note === noteOf(typical, row.check);
  const checks = view.checks
    .filter((row) => !shared(row) && (row.tone !== 'ok' || row.note !== null))
    .map(
      (row) => `${row.check} ${checkStatusWord(row)}${row.note === null ? '' : ` (${row.note})`}`,
    );
  const details = [];
  if (checks.length > 0) details.push(`Checks needing attention: ${checks.join('; ')}.`);
  if (view.blockers.length > 0) {
    details.push(`Blockers: ${view.blockers.map((blocker) => `“${blocker}”`).join('; ')}.`);
  }
  if (details.length > 0) parts.push(`<p>${escapeHtml(details.join(' '))}</p>`);
  const facts = [`Correlation id ${view.correlation_id}`];
  if (view.source !== null) facts.push(`from ${view.source}`);
  if (view.response_status !== typical.response_status) {
    facts.push(`response status ${view.response_status}: ${view.response_status_meaning}`);
  }
  if (view.schema_version !== typical.schema_version) facts.push(view.schema_version);
  if (view.next_step !== typical.next_step) facts.push(`next step: ${view.next_step}`);
  if (!sameList(view.private_modules_required, typical.private_modules_required)) {
    facts.push(`private modules still required: ${view.private_modules_required.join(', ')}`);
  }
  if (view.boundary !== typical.boundary) facts.push(`boundary: ${view.boundary}`);
  parts.push(`<p class="note">${escapeHtml(`${facts.join(' · ')}.`)}</p>`);
  return parts.join('');
}

/** The note of one check of a tenant, e.g. why no summary field reports it. */
function noteOf(view: TenantView, check: string): string | null {
  return view.checks.find((row) => row.check === check)?.note ?? null;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
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
