import type { TenantView } from './tenant-view.js';

/**
 * Picks the tenant whose operation-wide facts (response status, schema version, next step,
 * private modules, boundary) the most tenants of an operation share, so a fleet view states
 * them once and each drill-down lists only what differs. Ties go to the first such tenant.
 *
 * @param tenants The tenants of one operation; at least one.
 * @returns The typical tenant, or `undefined` for no tenants.
 */
export function typicalTenant(tenants: readonly TenantView[]): TenantView | undefined {
  const counts = new Map<string, { view: TenantView; count: number }>();
  let best: { view: TenantView; count: number } | undefined;
  for (const view of tenants) {
    // A key shared by two different sets of facts could only pick a less common tenant as
    // typical: each drill-down compares the values themselves.
    const key = `${view.response_status}\n${view.schema_version}\n${view.next_step}\n${view.boundary}\n${view.private_modules_required.join('\n')}`;
    const entry = counts.get(key) ?? { view, count: 0 };
    entry.count++;
    counts.set(key, entry);
    if (best === undefined || entry.count > best.count) best = entry;
  }
  return best?.view;
}
