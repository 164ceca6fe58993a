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
  buildSupportHandoffReadinessRequest,
  buildSupportHandoffReadinessResponse,
  DEFAULT_HANDOFF_SCOPE,
  DEFAULT_SUPPORT_TIER,
  describeSupportHandoffReadiness,
  parseSupportHandoffReadinessRequest,
  parseSupportHandoffReadinessResponse,
  rollupSupportHandoffReadiness,
  SUPPORT_HANDOFF_READINESS_BOUNDARY,
  SUPPORT_HANDOFF_READINESS_CHECK_FIELDS,
  SUPPORT_HANDOFF_READINESS_CHECKS,
  SUPPORT_HANDOFF_READINESS_OPERATION,
  SUPPORT_HANDOFF_READINESS_PRIVATE_MODULES,
  SUPPORT_HANDOFF_READINESS_STATUS_FIELDS,
  SUPPORT_HANDOFF_READINESS_STATUSES,
  SupportHandoffReadinessRequestSchema,
  SupportHandoffReadinessResponseSchema,
  safeParseSupportHandoffReadinessRequest,
  safeParseSupportHandoffReadinessResponse,
  supportHandoffReadinessContract,
} from './index.js';

const PACKAGE_NAME = '@cavra/support-handoff-readiness';
const packagePath = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** DESIGN.md, `support_handoff_readiness`, written out. */
const CHECK_FIELDS = {
  support_owner_assignment: 'support_status',
  customer_success_owner_assignment: 'customer_success_status',
  escalation_routing: 'escalation_status',
  customer_health_review: 'health_review_status',
  handoff_dashboard: 'dashboard_status',
  release_owner_acceptance: null,
};

const STATUS_FIELDS = [
  'support_status',
  'customer_success_status',
  'escalation_status',
  'health_review_status',
  'dashboard_status',
];

const FACTS: ContractFacts = {
  operation: 'support_handoff_readiness',
  checkFields: CHECK_FIELDS,
  overallFields: [],
  statuses: ['ready', 'degraded', 'blocked', 'unknown'],
  severity: ['blocked', 'unknown', 'degraded', 'ready'],
  satisfied: ['ready'],
  privateModules: [
    'support ownership',
    'customer-success ownership',
    'escalation routing',
    'customer health review',
    'handoff dashboard',
    'release owner acceptance',
  ],
  payloadDefaults: {
    handoff_scope: 'hosted-saas-support',
    support_tier: 'enterprise',
    required_checks: Object.keys(CHECK_FIELDS),
    // DESIGN.md leaves the boundary wording to us.
    handoff_boundary: SUPPORT_HANDOFF_READINESS_BOUNDARY,
  },
  payloadLabelFields: ['handoff_scope', 'support_tier'],
  boundaryField: 'handoff_boundary',
  summaryFields: [
    'tenant_id',
    ...STATUS_FIELDS,
    'support_tier',
    'handoff_scope',
    'blockers',
    'private_validation_required',
    'handoff_boundary',
  ],
  summaryDefaults: { blockers: [], private_validation_required: true },
  inheritedFields: ['handoff_scope', 'support_tier', 'handoff_boundary'],
  summaryLabelFields: ['support_tier', 'handoff_scope'],
  foreignOperation: 'saas_operating_automation',
  foreignCheck: 'billing_monitoring',
  foreignModule: 'billing monitoring',
  foreignStatus: 'scheduled',
};

const CONTRACT: ContractUnderTest = {
  api: {
    buildRequest: buildSupportHandoffReadinessRequest,
    buildResponse: buildSupportHandoffReadinessResponse,
    parseRequest: parseSupportHandoffReadinessRequest,
    parseResponse: parseSupportHandoffReadinessResponse,
    safeParseRequest: safeParseSupportHandoffReadinessRequest,
    safeParseResponse: safeParseSupportHandoffReadinessResponse,
    describe: describeSupportHandoffReadiness,
    rollup: rollupSupportHandoffReadiness,
    requestSchema: SupportHandoffReadinessRequestSchema,
    responseSchema: SupportHandoffReadinessResponseSchema,
    unguardedRequestSchema: supportHandoffReadinessContract.spec.requestSchema,
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
  expectedOutput: [
    'blocked',
    ['escalation_routing'],
    { check: 'release_owner_acceptance', field: null, status: null },
    'payload.support_tier',
  ],
  packageName: PACKAGE_NAME,
  exports: api,
  facts: FACTS,
});

describe('support_handoff_readiness exports the facts of DESIGN.md', () => {
  it('names the operation', () => {
    expect(SUPPORT_HANDOFF_READINESS_OPERATION).toBe(FACTS.operation);
  });

  it('pairs the six checks with their summary fields, in order', () => {
    expect(Object.entries(SUPPORT_HANDOFF_READINESS_CHECK_FIELDS)).toEqual(
      Object.entries(CHECK_FIELDS),
    );
    expect(SUPPORT_HANDOFF_READINESS_CHECKS).toEqual(Object.keys(CHECK_FIELDS));
    expect(SUPPORT_HANDOFF_READINESS_STATUS_FIELDS).toEqual(STATUS_FIELDS);
  });

  it('uses the readiness vocabulary', () => {
    expect(SUPPORT_HANDOFF_READINESS_STATUSES).toEqual(FACTS.statuses);
  });

  it('lists the six private modules in order', () => {
    expect(SUPPORT_HANDOFF_READINESS_PRIVATE_MODULES).toEqual(FACTS.privateModules);
  });

  it('exports the payload defaults', () => {
    expect(DEFAULT_HANDOFF_SCOPE).toBe('hosted-saas-support');
    expect(DEFAULT_SUPPORT_TIER).toBe('enterprise');
  });

  it('freezes its constant lists and tables', () => {
    for (const constant of [
      SUPPORT_HANDOFF_READINESS_CHECK_FIELDS,
      SUPPORT_HANDOFF_READINESS_CHECKS,
      SUPPORT_HANDOFF_READINESS_STATUS_FIELDS,
      SUPPORT_HANDOFF_READINESS_PRIVATE_MODULES,
    ]) {
      expect(Object.isFrozen(constant)).toBe(true);
    }
  });
});
