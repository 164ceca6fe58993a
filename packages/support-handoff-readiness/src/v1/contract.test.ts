import { fileURLToPath } from 'node:url';
import {
  type ContractUnderTest,
  describeContractConformance,
  describeDependencies,
  describeJsonSchema,
} from '@cavra/contract-testkit';
import { describe, expect, it } from 'vitest';
import {
  CHECK_FIELDS_V1 as CHECK_FIELDS,
  FACTS_V1 as FACTS,
  STATUS_FIELDS_V1 as STATUS_FIELDS,
} from '../../test/design-facts.js';
import {
  buildSupportHandoffReadinessRequest,
  buildSupportHandoffReadinessResponse,
  DEFAULT_HANDOFF_SCOPE,
  DEFAULT_SUPPORT_TIER,
  describeSupportHandoffReadiness,
  parseSupportHandoffReadinessRequest,
  parseSupportHandoffReadinessResponse,
  rollupSupportHandoffReadiness,
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
const packagePath = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

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

describe('support_handoff_readiness v1 exports the facts of DESIGN.md', () => {
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
