import { fileURLToPath } from 'node:url';
import {
  type ContractFacts,
  type ContractUnderTest,
  describeContractConformance,
  describeDependencies,
  describeJsonSchema,
  describeReadme,
} from '@cavra/contract-testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from './index.js';
import {
  buildCustomerOperatingDashboardRequest,
  buildCustomerOperatingDashboardResponse,
  CUSTOMER_OPERATING_DASHBOARD_BOUNDARY,
  CUSTOMER_OPERATING_DASHBOARD_CHECK_FIELDS,
  CUSTOMER_OPERATING_DASHBOARD_CHECKS,
  CUSTOMER_OPERATING_DASHBOARD_OPERATION,
  CUSTOMER_OPERATING_DASHBOARD_PRIVATE_MODULES,
  CUSTOMER_OPERATING_DASHBOARD_STATUS_FIELDS,
  CUSTOMER_OPERATING_DASHBOARD_STATUSES,
  CustomerOperatingDashboardRequestSchema,
  CustomerOperatingDashboardResponseSchema,
  customerOperatingDashboardContract,
  DEFAULT_DASHBOARD_SCOPE,
  DEFAULT_EVIDENCE_WINDOW,
  describeCustomerOperatingDashboard,
  parseCustomerOperatingDashboardRequest,
  parseCustomerOperatingDashboardResponse,
  rollupCustomerOperatingDashboard,
  safeParseCustomerOperatingDashboardRequest,
  safeParseCustomerOperatingDashboardResponse,
} from './index.js';

const PACKAGE_NAME = '@cavra/customer-operating-dashboard';
const packagePath = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** DESIGN.md, `customer_operating_dashboard`, written out. */
const CHECK_FIELDS = {
  dashboard_visibility: 'dashboard_status',
  billing_observability: 'billing_status',
  license_service_telemetry: 'license_service_status',
  support_handoff: 'support_handoff_status',
  customer_success_health: 'customer_success_status',
  escalation_readiness: 'escalation_status',
  release_acceptance: 'release_closeout_status',
};

const FACTS: ContractFacts = {
  operation: 'customer_operating_dashboard',
  checkFields: CHECK_FIELDS,
  overallFields: [],
  statuses: ['ready', 'degraded', 'blocked', 'unknown'],
  severity: ['blocked', 'unknown', 'degraded', 'ready'],
  satisfied: ['ready'],
  privateModules: [
    'billing observability',
    'license-service telemetry',
    'support handoff',
    'customer-success health',
    'escalation routing',
    'release closeout',
    'operating dashboard',
  ],
  payloadDefaults: {
    dashboard_scope: 'tenant-operating',
    evidence_window: 'last-24h',
    required_checks: Object.keys(CHECK_FIELDS),
    // DESIGN.md leaves the boundary wording to us.
    dashboard_boundary: CUSTOMER_OPERATING_DASHBOARD_BOUNDARY,
  },
  payloadLabelFields: ['dashboard_scope', 'evidence_window'],
  boundaryField: 'dashboard_boundary',
  summaryFields: [
    'tenant_id',
    ...Object.values(CHECK_FIELDS),
    'latest_dashboard_at',
    'dashboard_scope',
    'blockers',
    'private_validation_required',
    'dashboard_boundary',
  ],
  summaryDefaults: { latest_dashboard_at: null, blockers: [], private_validation_required: true },
  inheritedFields: ['dashboard_scope', 'dashboard_boundary'],
  summaryLabelFields: ['dashboard_scope'],
  foreignOperation: 'support_handoff_readiness',
  foreignCheck: 'support_owner_assignment',
  foreignModule: 'support ownership',
  foreignStatus: 'scheduled',
};

const CONTRACT: ContractUnderTest = {
  api: {
    buildRequest: buildCustomerOperatingDashboardRequest,
    buildResponse: buildCustomerOperatingDashboardResponse,
    parseRequest: parseCustomerOperatingDashboardRequest,
    parseResponse: parseCustomerOperatingDashboardResponse,
    safeParseRequest: safeParseCustomerOperatingDashboardRequest,
    safeParseResponse: safeParseCustomerOperatingDashboardResponse,
    describe: describeCustomerOperatingDashboard,
    rollup: rollupCustomerOperatingDashboard,
    requestSchema: CustomerOperatingDashboardRequestSchema,
    responseSchema: CustomerOperatingDashboardResponseSchema,
    unguardedRequestSchema: customerOperatingDashboardContract.spec.requestSchema,
  },
  facts: FACTS,
  summaryExtras: fc.record(
    {
      latest_dashboard_at: fc.oneof(
        fc.constant(null),
        fc
          .date({
            min: new Date('2000-01-01T00:00:00Z'),
            max: new Date('2100-01-01T00:00:00Z'),
            noInvalidDate: true,
          })
          .map((date) => date.toISOString()),
      ),
    },
    { requiredKeys: [] },
  ),
  summarySamples: {
    latest_dashboard_at: {
      valid: [
        null,
        '2026-11-21T09:30:00Z',
        '2026-11-21T09:30:00.123+02:00',
        '2024-02-29T23:59:59-05:00',
      ],
      invalid: [
        '2026-02-30T00:00:00Z',
        '2026-11-21',
        '2026-11-21 09:30:00Z',
        '2026-11-21T09:30Z',
        'yesterday',
        '',
        1_763_717_400_000,
      ],
    },
  },
};

describeContractConformance(CONTRACT);
describeJsonSchema(CONTRACT, { packageDir: packagePath(''), packageName: PACKAGE_NAME });
describeDependencies(packagePath(''));
describeReadme({
  readmePath: packagePath('README.md'),
  examplePath: packagePath('examples/usage.ts'),
  runExample: () => import('../examples/usage.js'),
  expectedOutput: ['degraded', ['billing_observability'], 'payload.required_checks[0]'],
  packageName: PACKAGE_NAME,
  exports: api,
  facts: FACTS,
});

describe('customer_operating_dashboard exports the facts of DESIGN.md', () => {
  it('names the operation', () => {
    expect(CUSTOMER_OPERATING_DASHBOARD_OPERATION).toBe(FACTS.operation);
  });

  it('pairs the seven checks with their summary fields, in order', () => {
    expect(Object.entries(CUSTOMER_OPERATING_DASHBOARD_CHECK_FIELDS)).toEqual(
      Object.entries(CHECK_FIELDS),
    );
    expect(CUSTOMER_OPERATING_DASHBOARD_CHECKS).toEqual(Object.keys(CHECK_FIELDS));
    expect(CUSTOMER_OPERATING_DASHBOARD_STATUS_FIELDS).toEqual(Object.values(CHECK_FIELDS));
  });

  it('uses the readiness vocabulary', () => {
    expect(CUSTOMER_OPERATING_DASHBOARD_STATUSES).toEqual(FACTS.statuses);
  });

  it('lists the seven private modules in order', () => {
    expect(CUSTOMER_OPERATING_DASHBOARD_PRIVATE_MODULES).toEqual(FACTS.privateModules);
  });

  it('exports the payload defaults', () => {
    expect(DEFAULT_DASHBOARD_SCOPE).toBe('tenant-operating');
    expect(DEFAULT_EVIDENCE_WINDOW).toBe('last-24h');
  });

  it('freezes its constant lists and tables', () => {
    for (const constant of [
      CUSTOMER_OPERATING_DASHBOARD_CHECK_FIELDS,
      CUSTOMER_OPERATING_DASHBOARD_CHECKS,
      CUSTOMER_OPERATING_DASHBOARD_STATUS_FIELDS,
      CUSTOMER_OPERATING_DASHBOARD_PRIVATE_MODULES,
    ]) {
      expect(Object.isFrozen(constant)).toBe(true);
    }
  });
});
