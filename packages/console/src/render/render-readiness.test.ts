import type { AnyContract } from '@cavra/contracts-core';
import { supportHandoffReadinessContract as supportHandoffReadinessContractTyped } from '@cavra/support-handoff-readiness';
import { describe, expect, it } from 'vitest';
import { consoleContract } from '../view/console-contract.js';
import { fleetView, rejectedDocument } from '../view/fleet-view.js';
import { tenantView } from '../view/tenant-view.js';
import { escapeHtml } from './escape-html.js';
import { renderReadiness } from './render-readiness.js';
import { REPORT_CSP, renderReportPage } from './render-report-page.js';

// The console reads any contract through the registry's untyped view.
const supportHandoffReadinessContract: AnyContract = supportHandoffReadinessContractTyped;

const contract = consoleContract(supportHandoffReadinessContract);
const MARKUP = '<img src=x onerror=alert(1)> & "quotes"';

function response(tenant: string, escalation: string, blockers: string[] = []) {
  const request = supportHandoffReadinessContract.buildRequest(tenant);
  return supportHandoffReadinessContract.buildResponse(request, {
    support_status: 'ready',
    customer_success_status: 'ready',
    escalation_status: escalation,
    health_review_status: 'ready',
    dashboard_status: 'ready',
    release_owner_status: 'ready',
    blockers,
  }) as Record<string, unknown>;
}

const tenant = (name: string, escalation: string, blockers: string[] = []) => ({
  kind: 'tenant' as const,
  view: tenantView(contract, response(name, escalation, blockers), null, `${name}.json`),
});

describe('document values are text, never markup', () => {
  it('escapes the five characters HTML gives meaning to', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('shows bidi controls, marks and zero-width characters as visible escapes', () => {
    expect(escapeHtml('tenant\u202eacme\u200f\u200b\u0007')).toBe(
      'tenant\\u202eacme\\u200f\\u200b\\u0007',
    );
    expect(escapeHtml('flag\u{e0067}')).toBe('flag\\u{e0067}');
    expect(escapeHtml('café 🙂\n')).toBe('caf&#233; &#128578;\n');
  });

  it('shows a bidi key in a rejected document issue as its escape, not as a character reference', () => {
    const rejected = rejectedDocument('pasted:1', 'document', [
      { path: '["x\u202ey"]', message: '["x\u202ey"] is not a known field' },
    ]);
    const html = renderReadiness(fleetView([contract], [{ kind: 'rejected', document: rejected }]));
    expect(html).toContain('<code>[&quot;x\\u202ey&quot;]</code>');
    expect(html).not.toMatch(/&#8238;|\u202e/);
  });

  it('shows a markup-like blocker as its text in the single-tenant view', () => {
    const html = renderReadiness(fleetView([contract], [tenant('tenant-a', 'blocked', [MARKUP])]));
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;');
    expect(html).not.toContain('<img');
  });

  it('shows the issues of a rejected document, never its values', () => {
    const rejected = rejectedDocument('pasted:2', 'support_handoff_readiness response', [
      { path: 'payload.summary.tenant_id', message: 'tenant_id must not hold control characters' },
    ]);
    const html = renderReadiness(fleetView([contract], [{ kind: 'rejected', document: rejected }]));
    expect(html).toContain('Documents left out');
    expect(html).toContain('<code>payload.summary.tenant_id</code>');
  });
});

describe('one tenant or a fleet', () => {
  it('renders the single-tenant view for one tenant', () => {
    const html = renderReadiness(fleetView([contract], [tenant('tenant-a', 'degraded')]));
    expect(html).toContain('<section class="tenant">');
    expect(html).not.toContain('class="fleet"');
    expect(html).toContain('<span class="b t-at">degraded</span>');
    expect(html).toContain('<strong>Not ready:</strong> escalation_routing is degraded');
  });

  it('renders the fleet worst first with counts per status and a drill-down per tenant', () => {
    const fleet = fleetView(
      [contract],
      [
        tenant('tenant-ok', 'ready'),
        tenant('tenant-bad', 'blocked', ['x']),
        tenant('tenant-mid', 'degraded'),
      ],
    );
    expect(fleet.operations[0]?.tenants.map((view) => view.tenant_id)).toEqual([
      'tenant-bad',
      'tenant-mid',
      'tenant-ok',
    ]);
    const html = renderReadiness(fleet);
    const rows = [...html.matchAll(/<tr><th scope="row"><a href="#(r-0-t\d)">([^<]+)<\/a>/g)];
    expect(rows.map((row) => [row[1], row[2]])).toEqual([
      ['r-0-t0', 'tenant-bad'],
      ['r-0-t1', 'tenant-mid'],
      ['r-0-t2', 'tenant-ok'],
    ]);
    for (const [, id] of rows) expect(html).toContain(`<section class="tenant" id="${id}">`);
    expect(html).toContain('3 tenants, 2 not ready.');
    expect(fleet.operations[0]?.counts).toEqual(
      supportHandoffReadinessContract.spec.severity.map((status) => ({
        status,
        count: status === 'ready' ? 1 : status === 'blocked' || status === 'degraded' ? 1 : 0,
      })),
    );
  });

  it('ends with the glossary of response statuses', () => {
    const html = renderReadiness(fleetView([contract], [tenant('tenant-a', 'ready')]));
    expect(html).toMatch(
      /<p class="glossary">.*<code>requires_private_service<\/code>: only the shape was checked/,
    );
  });
});

describe('the static report page', () => {
  it('is self-contained: inline style, no script, a policy that forbids every request', () => {
    const page = renderReportPage(fleetView([contract], [tenant('tenant-a', 'ready')]));
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`);
    expect(REPORT_CSP).toContain("default-src 'none'");
    expect(page).not.toMatch(/<script|<link|src=/i);
    expect(page).toContain('@media print');
    expect(page).toContain('name="viewport"');
  });
});
