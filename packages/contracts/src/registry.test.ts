import { describeContract } from '@cavra/contracts-core';
import { describe, expect, it } from 'vitest';
import * as api from './index.js';
import { CONTRACTS, REGISTRY } from './registry.js';

describe('the registry is the one list of contracts', () => {
  it('lists the four contracts in the order of DESIGN.md, frozen', () => {
    expect(REGISTRY.map((entry) => entry.contract.declaration.operation)).toEqual([
      'customer_operating_dashboard',
      'support_handoff_readiness',
      'saas_operating_automation',
      'saas_operating_automation_worker_handoff',
    ]);
    expect(CONTRACTS).toEqual(REGISTRY.map((entry) => entry.contract));
    expect(Object.isFrozen(REGISTRY)).toBe(true);
    for (const entry of REGISTRY) expect(Object.isFrozen(entry.jsonSchemas)).toBe(true);
  });

  it('pairs each version of each contract with the JSON Schema files of that version', () => {
    for (const entry of REGISTRY) {
      expect(entry.versions.at(-1)).toEqual({
        contract: entry.contract,
        jsonSchemas: entry.jsonSchemas,
      });
      for (const { contract, jsonSchemas } of entry.versions) {
        const { operation, versions } = contract.declaration;
        expect(jsonSchemas.request['$id']).toBe(`urn:cavra:${operation}:${versions.request}`);
        expect(jsonSchemas.response['$id']).toBe(`urn:cavra:${operation}:${versions.response}`);
      }
    }
  });

  it('lists both published versions of support_handoff_readiness, oldest first', () => {
    expect(
      REGISTRY[1]?.versions.map((version) => version.contract.declaration.versions.request),
    ).toEqual(['cavra.saas_control_plane.request.v1', 'cavra.saas_control_plane.request.v2']);
    expect(api.PUBLISHED_CONTRACTS.map((contract) => contract.spec.operation)).toEqual([
      'customer_operating_dashboard',
      'support_handoff_readiness',
      'support_handoff_readiness',
      'saas_operating_automation',
      'saas_operating_automation_worker_handoff',
    ]);
  });

  it('gives every contract its own package and compatibility route', () => {
    const packages = REGISTRY.map((entry) => entry.contract.declaration.packageName);
    const paths = REGISTRY.map((entry) => entry.contract.declaration.compatibility.path);
    expect(new Set(packages).size).toBe(REGISTRY.length);
    expect(new Set(paths).size).toBe(REGISTRY.length);
  });

  it('re-exports every contract package', () => {
    expect(api.buildCustomerOperatingDashboardRequest).toBe(CONTRACTS[0]?.buildRequest);
    expect(api.parseSupportHandoffReadinessResponse).toBe(CONTRACTS[1]?.parseResponse);
    expect(api.safeParseSaasOperatingAutomationRequest).toBe(CONTRACTS[2]?.safeParseRequest);
    const handoff = CONTRACTS[3];
    expect(handoff).toBeDefined();
    expect(api.describeSaasOperatingAutomationWorkerHandoff()).toEqual(
      handoff && describeContract(handoff),
    );
  });
});
