import type { AnyContract } from '@cavra/contracts-core';
import { supportHandoffReadinessContract as supportHandoffReadinessContractTyped } from '@cavra/support-handoff-readiness/v1';
import { describe, expect, it } from 'vitest';
import { consoleContract } from '../view/console-contract.js';
import { type FleetEntry, fleetView } from '../view/fleet-view.js';
import { tenantView } from '../view/tenant-view.js';
import { renderFleet, TENANTS_PER_PAGE } from './render-fleet.js';
import { renderReportPage } from './render-report-page.js';

const supportHandoffReadinessContract: AnyContract = supportHandoffReadinessContractTyped;
const contract = consoleContract(supportHandoffReadinessContract);

function tenant(name: string, blockers: string[] = [], status?: string): FleetEntry {
  const request = supportHandoffReadinessContract.buildRequest(name);
  const response = supportHandoffReadinessContract.buildResponse(request, {
    support_status: 'ready',
    customer_success_status: 'ready',
    escalation_status: blockers.length > 0 ? 'blocked' : 'ready',
    health_review_status: 'ready',
    dashboard_status: 'ready',
    blockers,
  }) as Record<string, unknown>;
  const document = status === undefined ? response : { ...response, status };
  return { kind: 'tenant', view: tenantView(contract, document, null, `${name}.json`) };
}

const many = (count: number) =>
  Array.from({ length: count }, (_, index) => tenant(`tenant-${String(index).padStart(4, '0')}`));

describe('a large fleet is split into pages that all stay in the page', () => {
  const count = TENANTS_PER_PAGE * 2 + 7;
  const html = renderFleet(fleetView([contract], many(count)));

  it('renders one table per page, each with its header, caption and range', () => {
    const tables = [...html.matchAll(/<div class="page" id="(r-0-p\d+)"><table class="fleet">/g)];
    expect(tables.map((match) => match[1])).toEqual(['r-0-p0', 'r-0-p1', 'r-0-p2']);
    expect(html.match(/<thead>/g)).toHaveLength(3);
    expect(html).toContain(`<caption>Tenants 1&ndash;${TENANTS_PER_PAGE} of ${count}, worst first`);
    expect(html).toContain(
      `<caption>Tenants ${TENANTS_PER_PAGE * 2 + 1}&ndash;${count} of ${count}, worst first`,
    );
  });

  it('links every row to a drill-down in the same page, and each group of drill-downs back', () => {
    const links = [...html.matchAll(/<tr><th scope="row"><a href="#(r-0-t\d+)">/g)].map(
      (match) => match[1],
    );
    expect(links).toHaveLength(count);
    expect(new Set(links).size).toBe(count);
    for (const id of links) expect(html).toContain(`<section class="tenant" id="${id}">`);
    expect(html).toContain(`<a href="#r-0-p2">Back to tenants ${TENANTS_PER_PAGE * 2 + 1}&ndash;`);
  });
});

describe('a drill-down names only what differs from the operation', () => {
  const html = renderFleet(
    fleetView(
      [contract],
      [
        tenant('tenant-a'),
        tenant('tenant-b', ['owner “Zoë” away']),
        tenant('tenant-c', [], 'accepted'),
      ],
    ),
  );
  const drillDown = (id: string) =>
    html.match(new RegExp(`<section class="tenant" id="${id}">.*?</section>`))?.[0] ?? '';

  it('states the shared response status, schema version and next step once', () => {
    expect(html.match(/<dt>Response status<\/dt>/g)).toHaveLength(1);
    expect(html).toContain('<dd><code>requires_private_service</code>: only the shape was checked');
    const typical = drillDown('r-0-t1');
    expect(typical).toContain('<h4>tenant-a</h4>');
    expect(typical).not.toContain('response status');
    expect(typical).toContain('Correlation id saas-');
    expect(typical).toContain('from tenant-a.json');
  });

  it('says once which check no summary field reports, not in every drill-down', () => {
    const unreported = contract.checks.find((check) => check.field === null)?.check ?? '';
    expect(unreported).not.toBe('');
    // Only in the shared list: its column header may break after underscores.
    expect(html.split(unreported)).toHaveLength(2);
    expect(html).toContain(`<li><code>${unreported}</code>: no status: response schema v1`);
  });

  it('names a response status that differs, with its meaning', () => {
    expect(drillDown('r-0-t2')).toContain(
      'response status accepted: the private CAVRA service accepted the request',
    );
  });

  it('lists the checks needing attention and the blockers, escaped to ASCII character references', () => {
    expect(drillDown('r-0-t0')).toContain(
      '<p>Checks needing attention: escalation_routing blocked. Blockers: &#8220;owner &#8220;Zo&#235;&#8221; away&#8221;.</p>',
    );
  });
});

describe('the report page is ASCII', () => {
  it('writes every character outside ASCII as a character reference', () => {
    const page = renderReportPage(
      fleetView([contract], [tenant('tenant-a', ['Zürich on call – “soon”']), tenant('tenant-b')]),
    );
    expect(page).toMatch(/^[\t\n\x20-\x7e]*$/);
    expect(page).toContain('Z&#252;rich on call &#8211; &#8220;soon&#8221;');
  });
});
