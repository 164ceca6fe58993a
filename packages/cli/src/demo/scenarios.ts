/** One synthetic tenant the demo walks: a `respond` command line and what it shows. */
export interface DemoScenario {
  /** What the scenario shows, e.g. `a degraded dashboard`. */
  readonly title: string;
  /** The arguments of `cavra-contracts respond` that build it. */
  readonly argv: readonly string[];
}

/**
 * The demo's synthetic tenants, one per contract: a degraded dashboard, a blocked support
 * handoff, an automation that is on its way, and its workers handed off in a dry run. Every value is made up; the correlation
 * ids are fixed so the output is the same on every run.
 */
export const DEMO_SCENARIOS: readonly DemoScenario[] = [
  {
    title: 'a degraded dashboard',
    argv: [
      'customer_operating_dashboard',
      'tenant-demo-northwind',
      '--correlation-id=saas-000000000001',
      '--dashboard-status=ready',
      '--billing-status=degraded',
      '--license-service-status=ready',
      '--support-handoff-status=ready',
      '--customer-success-status=ready',
      '--escalation-status=ready',
      '--release-closeout-status=ready',
      '--latest-dashboard-at=2026-11-21T09:30:00Z',
    ],
  },
  {
    title: 'a blocked support handoff',
    argv: [
      'support_handoff_readiness',
      'tenant-demo-harbor',
      '--correlation-id=saas-000000000002',
      '--support-tier=premium',
      '--support-status=ready',
      '--customer-success-status=ready',
      '--escalation-status=blocked',
      '--health-review-status=degraded',
      '--dashboard-status=ready',
      '--blocker=no escalation owner is on call for the EU region',
    ],
  },
  {
    title: 'an automation on its way',
    argv: [
      'saas_operating_automation',
      'tenant-demo-lumen',
      '--correlation-id=saas-000000000003',
      '--automation-cadence=hourly',
      '--automation-status=automated',
      '--billing-monitoring-status=automated',
      '--license-telemetry-status=enabled',
      '--support-followup-status=scheduled',
      '--customer-success-review-status=ready',
      '--dashboard-refresh-status=automated',
      '--escalation-drill-status=scheduled',
      '--closeout-retry-status=enabled',
      '--response-status=accepted',
    ],
  },
  {
    title: 'automation workers handed off in a dry run',
    argv: [
      'saas_operating_automation_worker_handoff',
      'tenant-demo-lumen',
      '--correlation-id=saas-000000000004',
      '--deployment-environment=staging',
      '--handoff-status=planned',
      '--scheduler-ref=scheduler-demo-hourly',
      '--worker-owner=operations-demo',
    ],
  },
];
