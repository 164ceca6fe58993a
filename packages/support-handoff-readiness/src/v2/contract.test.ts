import { fileURLToPath } from 'node:url';
import {
  type ContractUnderTest,
  describeContractConformance,
  describeJsonSchema,
  describeReadme,
} from '@cavra/contract-testkit';
import { describe, expect, it } from 'vitest';
import { CHECK_FIELDS_V2, FACTS_V1, FACTS_V2, STATUS_FIELDS_V2 } from '../../test/design-facts.js';
import * as root from '../index.js';
import * as v1 from '../v1/index.js';
import * as v2 from './index.js';

const PACKAGE_NAME = '@cavra/support-handoff-readiness';
const packagePath = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

const CONTRACT: ContractUnderTest = {
  api: {
    buildRequest: v2.buildSupportHandoffReadinessRequest,
    buildResponse: v2.buildSupportHandoffReadinessResponse,
    parseRequest: v2.parseSupportHandoffReadinessRequest,
    parseResponse: v2.parseSupportHandoffReadinessResponse,
    safeParseRequest: v2.safeParseSupportHandoffReadinessRequest,
    safeParseResponse: v2.safeParseSupportHandoffReadinessResponse,
    describe: v2.describeSupportHandoffReadiness,
    rollup: v2.rollupSupportHandoffReadiness,
    requestSchema: v2.SupportHandoffReadinessRequestSchema,
    responseSchema: v2.SupportHandoffReadinessResponseSchema,
    unguardedRequestSchema: v2.supportHandoffReadinessContract.spec.requestSchema,
  },
  facts: FACTS_V2,
};

describeContractConformance(CONTRACT);
describeJsonSchema(CONTRACT, { packageDir: packagePath(''), packageName: PACKAGE_NAME });
describeReadme({
  readmePath: packagePath('README.md'),
  examplePath: packagePath('examples/usage.ts'),
  runExample: () => import('../../examples/usage.js'),
  expectedOutput: [
    'blocked',
    ['escalation_routing'],
    { check: 'release_owner_acceptance', field: 'release_owner_status', status: 'degraded' },
    'payload.support_tier',
  ],
  packageName: PACKAGE_NAME,
  exports: root,
  facts: FACTS_V2,
});

describe('support_handoff_readiness v2 is v1 plus release_owner_status', () => {
  it('carries the v2 schema versions', () => {
    const request = v2.buildSupportHandoffReadinessRequest('tenant-acme');
    expect(request.schema_version).toBe('cavra.saas_control_plane.request.v2');
    expect(v2.describeSupportHandoffReadiness()).toMatchObject({
      contract_version: 'cavra.saas_control_plane.contract.v2',
      request: { schema_version: 'cavra.saas_control_plane.request.v2' },
      response: { schema_version: 'cavra.saas_control_plane.response.v2' },
    });
  });

  it('reports release_owner_acceptance in release_owner_status, after dashboard_status', () => {
    expect(Object.entries(v2.SUPPORT_HANDOFF_READINESS_CHECK_FIELDS)).toEqual(
      Object.entries(CHECK_FIELDS_V2),
    );
    expect(v2.SUPPORT_HANDOFF_READINESS_STATUS_FIELDS).toEqual(STATUS_FIELDS_V2);
    expect(v2.describeSupportHandoffReadiness().response.summary_fields).toEqual(
      FACTS_V2.summaryFields,
    );
  });

  it('changes nothing else of v1’s declaration', () => {
    const {
      versions: _v1Versions,
      checks: _v1Checks,
      ...v1Rest
    } = v1.supportHandoffReadinessDeclaration;
    const { versions, checks: _v2Checks, ...v2Rest } = v2.supportHandoffReadinessDeclaration;
    expect(v2Rest).toEqual(v1Rest);
    expect(versions.request).toBe('cavra.saas_control_plane.request.v2');
    expect(v2.SUPPORT_HANDOFF_READINESS_CHECKS).toEqual(v1.SUPPORT_HANDOFF_READINESS_CHECKS);
    expect(v2.SUPPORT_HANDOFF_READINESS_PRIVATE_MODULES).toBe(
      v1.SUPPORT_HANDOFF_READINESS_PRIVATE_MODULES,
    );
    expect(FACTS_V2.payloadDefaults).toEqual(FACTS_V1.payloadDefaults);
  });

  it('requires release_owner_status in a summary and takes only readiness statuses', () => {
    const request = v2.buildSupportHandoffReadinessRequest('tenant-acme');
    const statuses = {
      support_status: 'ready',
      customer_success_status: 'ready',
      escalation_status: 'ready',
      health_review_status: 'ready',
      dashboard_status: 'ready',
    } as const;
    const built = v2.buildSupportHandoffReadinessResponse(request, {
      ...statuses,
      release_owner_status: 'ready',
    });
    const missing = v2.safeParseSupportHandoffReadinessResponse({
      ...built,
      payload: { ...built.payload, summary: { tenant_id: 'tenant-acme', ...statuses } },
    });
    expect(!missing.success && missing.issues.map((issue) => issue.path)).toEqual([
      'payload.summary.release_owner_status',
    ]);
    for (const status of ['ready', 'degraded', 'blocked', 'unknown'] as const) {
      const response = v2.buildSupportHandoffReadinessResponse(request, {
        ...statuses,
        release_owner_status: status,
      });
      expect(response.payload.summary.release_owner_status).toBe(status);
    }
    const foreign = v2.safeParseSupportHandoffReadinessResponse({
      ...built,
      payload: {
        ...built.payload,
        summary: { ...built.payload.summary, release_owner_status: 'scheduled' },
      },
    });
    expect(!foreign.success && foreign.issues[0]?.path).toBe(
      'payload.summary.release_owner_status',
    );
  });

  it('rolls release_owner_acceptance up with a status of its own', () => {
    const rollup = v2.rollupSupportHandoffReadiness({
      tenant_id: 'tenant-acme',
      support_status: 'ready',
      customer_success_status: 'ready',
      escalation_status: 'ready',
      health_review_status: 'ready',
      dashboard_status: 'ready',
      release_owner_status: 'blocked',
    });
    expect(rollup.status).toBe('blocked');
    expect(rollup.checks.at(-1)).toEqual({
      check: 'release_owner_acceptance',
      field: 'release_owner_status',
      status: 'blocked',
    });
    expect(rollup.attention.map((entry) => entry.check)).toEqual(['release_owner_acceptance']);
  });
});

describe('the root export is the newest version', () => {
  it('gives v2’s functions and facts, while /v1 keeps v1’s', () => {
    expect(root.supportHandoffReadinessContract).toBe(v2.supportHandoffReadinessContract);
    expect(root.buildSupportHandoffReadinessRequest('t').schema_version).toBe(
      'cavra.saas_control_plane.request.v2',
    );
    expect(v1.buildSupportHandoffReadinessRequest('t').schema_version).toBe(
      'cavra.saas_control_plane.request.v1',
    );
  });

  it('exports every name of /v1 under the same name, plus the upgrade and respond functions', () => {
    const added = Object.keys(root).filter((name) => !(name in v1));
    expect(added.sort()).toEqual([
      'respondToSupportHandoffReadiness',
      'upgradeSupportHandoffReadinessV1ToV2',
    ]);
    expect(Object.keys(v1).filter((name) => !(name in root))).toEqual([]);
  });
});
