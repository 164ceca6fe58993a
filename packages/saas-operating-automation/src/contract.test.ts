import { fileURLToPath } from 'node:url';
import {
  type ContractFacts,
  type ContractUnderTest,
  describeContractConformance,
  describeDependencies,
  describeJsonSchema,
  describeReadme,
} from '@cavra/contract-testkit';
import { describe, expect, it } from 'vitest';
import * as api from './index.js';
import {
  buildSaasOperatingAutomationRequest,
  buildSaasOperatingAutomationResponse,
  DEFAULT_AUTOMATION_CADENCE,
  DEFAULT_AUTOMATION_SCOPE,
  describeSaasOperatingAutomation,
  parseSaasOperatingAutomationRequest,
  parseSaasOperatingAutomationResponse,
  rollupSaasOperatingAutomation,
  SAAS_OPERATING_AUTOMATION_BOUNDARY,
  SAAS_OPERATING_AUTOMATION_CHECK_FIELDS,
  SAAS_OPERATING_AUTOMATION_CHECKS,
  SAAS_OPERATING_AUTOMATION_OPERATION,
  SAAS_OPERATING_AUTOMATION_OVERALL_FIELD,
  SAAS_OPERATING_AUTOMATION_PRIVATE_MODULES,
  SAAS_OPERATING_AUTOMATION_STATUS_FIELDS,
  SAAS_OPERATING_AUTOMATION_STATUSES,
  SaasOperatingAutomationRequestSchema,
  SaasOperatingAutomationResponseSchema,
  saasOperatingAutomationContract,
  safeParseSaasOperatingAutomationRequest,
  safeParseSaasOperatingAutomationResponse,
} from './index.js';

const PACKAGE_NAME = '@cavra/saas-operating-automation';
const packagePath = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** DESIGN.md, `saas_operating_automation`, written out. */
const CHECK_FIELDS = {
  billing_monitoring: 'billing_monitoring_status',
  license_telemetry_sync: 'license_telemetry_status',
  support_followup: 'support_followup_status',
  customer_success_review: 'customer_success_review_status',
  dashboard_refresh: 'dashboard_refresh_status',
  escalation_drill: 'escalation_drill_status',
  closeout_retry: 'closeout_retry_status',
};

const FACTS: ContractFacts = {
  operation: 'saas_operating_automation',
  checkFields: CHECK_FIELDS,
  overallFields: ['automation_status'],
  statuses: ['ready', 'scheduled', 'enabled', 'automated', 'blocked', 'unknown'],
  // DESIGN.md asks for "the worst status"; the order and what needs attention are core's.
  severity: ['blocked', 'unknown', 'scheduled', 'enabled', 'automated', 'ready'],
  satisfied: ['scheduled', 'enabled', 'automated', 'ready'],
  privateModules: [
    'billing monitoring',
    'license telemetry sync',
    'support follow-up',
    'customer-success review',
    'dashboard refresh automation',
    'escalation drill scheduler',
    'closeout retry automation',
  ],
  payloadDefaults: {
    automation_scope: 'trial-to-paid-customer-scale',
    automation_cadence: 'daily',
    required_checks: Object.keys(CHECK_FIELDS),
    // DESIGN.md leaves the boundary wording to us.
    automation_boundary: SAAS_OPERATING_AUTOMATION_BOUNDARY,
  },
  payloadLabelFields: ['automation_scope', 'automation_cadence'],
  boundaryField: 'automation_boundary',
  summaryFields: [
    'tenant_id',
    'automation_status',
    ...Object.values(CHECK_FIELDS),
    'automation_scope',
    'automation_cadence',
    'blockers',
    'private_validation_required',
    'automation_boundary',
  ],
  summaryDefaults: { blockers: [], private_validation_required: true },
  inheritedFields: ['automation_scope', 'automation_cadence', 'automation_boundary'],
  summaryLabelFields: ['automation_scope', 'automation_cadence'],
  foreignOperation: 'customer_operating_dashboard',
  foreignCheck: 'dashboard_visibility',
  foreignModule: 'operating dashboard',
  foreignStatus: 'degraded',
};

const CONTRACT: ContractUnderTest = {
  api: {
    buildRequest: buildSaasOperatingAutomationRequest,
    buildResponse: buildSaasOperatingAutomationResponse,
    parseRequest: parseSaasOperatingAutomationRequest,
    parseResponse: parseSaasOperatingAutomationResponse,
    safeParseRequest: safeParseSaasOperatingAutomationRequest,
    safeParseResponse: safeParseSaasOperatingAutomationResponse,
    describe: describeSaasOperatingAutomation,
    rollup: rollupSaasOperatingAutomation,
    requestSchema: SaasOperatingAutomationRequestSchema,
    responseSchema: SaasOperatingAutomationResponseSchema,
    unguardedRequestSchema: saasOperatingAutomationContract.spec.requestSchema,
  },
  facts: FACTS,
};

describeContractConformance(CONTRACT);
describeJsonSchema(CONTRACT, { packageDir: packagePath(''), packageName: PACKAGE_NAME });
describeDependencies(packagePath(''));
describeReadme({
  readmePath: packagePath('README.md'),
  examplePath: packagePath('examples/usage.ts'),
  runExample: () => import('../examples/usage.js'),
  expectedOutput: ['unknown', ['escalation_drill'], false, 'payload.summary.automation_status'],
  packageName: PACKAGE_NAME,
  exports: api,
  facts: FACTS,
});

describe('saas_operating_automation exports the facts of DESIGN.md', () => {
  it('names the operation', () => {
    expect(SAAS_OPERATING_AUTOMATION_OPERATION).toBe(FACTS.operation);
  });

  it('pairs the seven checks with their summary fields, in order', () => {
    expect(Object.entries(SAAS_OPERATING_AUTOMATION_CHECK_FIELDS)).toEqual(
      Object.entries(CHECK_FIELDS),
    );
    expect(SAAS_OPERATING_AUTOMATION_CHECKS).toEqual(Object.keys(CHECK_FIELDS));
    expect(SAAS_OPERATING_AUTOMATION_STATUS_FIELDS).toEqual(Object.values(CHECK_FIELDS));
  });

  it('names automation_status as the overall field', () => {
    expect(SAAS_OPERATING_AUTOMATION_OVERALL_FIELD).toBe('automation_status');
  });

  it('uses the automation vocabulary', () => {
    expect(SAAS_OPERATING_AUTOMATION_STATUSES).toEqual(FACTS.statuses);
  });

  it('lists the seven private modules in order', () => {
    expect(SAAS_OPERATING_AUTOMATION_PRIVATE_MODULES).toEqual(FACTS.privateModules);
  });

  it('exports the payload defaults', () => {
    expect(DEFAULT_AUTOMATION_SCOPE).toBe('trial-to-paid-customer-scale');
    expect(DEFAULT_AUTOMATION_CADENCE).toBe('daily');
  });

  it('freezes its constant lists and tables', () => {
    for (const constant of [
      SAAS_OPERATING_AUTOMATION_CHECK_FIELDS,
      SAAS_OPERATING_AUTOMATION_CHECKS,
      SAAS_OPERATING_AUTOMATION_STATUS_FIELDS,
      SAAS_OPERATING_AUTOMATION_PRIVATE_MODULES,
    ]) {
      expect(Object.isFrozen(constant)).toBe(true);
    }
  });
});
