import { ContractError, contractStatusFields } from '@cavra/contracts-core';
import { describe, expect, it } from 'vitest';
import { splitCompatBody } from './compat-body.js';
import { findOperation, type OperationEntry } from './operation-registry.js';

const automation = findOperation('saas_operating_automation') as OperationEntry;
const automationStatusFields = contractStatusFields(automation.contract.spec);

function caught(run: () => unknown): ContractError {
  try {
    run();
  } catch (error) {
    if (ContractError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected a ContractError');
}

describe('a flat compatibility body splits into request options and summary', () => {
  it('fills every status field with unknown when none is given', () => {
    const parts = splitCompatBody(automation, { tenant_id: 'tenant-demo' });
    expect(parts.tenantId).toBe('tenant-demo');
    expect(parts.requestOptions).toEqual({});
    expect(parts.summary).toEqual(
      Object.fromEntries(automationStatusFields.map((field) => [field, 'unknown'])),
    );
    expect(automationStatusFields[0]).toBe('automation_status');
    expect(automationStatusFields).toHaveLength(8);
  });

  it('sends envelope options and payload fields to the request, the rest to the summary', () => {
    const parts = splitCompatBody(automation, {
      tenant_id: 'tenant-demo',
      requested_by: 'console',
      correlation_id: 'saas-0123456789ab',
      automation_scope: 'trial',
      required_checks: ['billing_monitoring'],
      billing_monitoring_status: 'automated',
      blockers: ['b'],
    });
    expect(parts.requestOptions).toEqual({
      requested_by: 'console',
      correlation_id: 'saas-0123456789ab',
      automation_scope: 'trial',
      required_checks: ['billing_monitoring'],
    });
    expect(parts.summary).toMatchObject({
      billing_monitoring_status: 'automated',
      automation_status: 'unknown',
      blockers: ['b'],
    });
    expect(parts.summary).not.toHaveProperty('automation_scope');
  });

  it('refuses unknown fields by name, quoting odd keys as JSON paths', () => {
    const error = caught(() =>
      splitCompatBody(automation, { tenant_id: 't', colour: 'blue', 'two words': 1 }),
    );
    expect(error.issues).toEqual([
      { path: 'colour', message: 'colour is not a known field', rule: 'unknown_key' },
      {
        path: '["two words"]',
        message: '["two words"] is not a known field',
        rule: 'unknown_key',
      },
    ]);
  });

  it('refuses sensitive material before anything else, so no message names it', () => {
    const token = `${'ghp'}_${'y'.repeat(36)}`;
    const error = caught(() => splitCompatBody(automation, { [token]: 1, password: 'x' }));
    expect(error.message).not.toContain(token);
    expect(error.issues.map((issue) => issue.rule)).toEqual(
      expect.arrayContaining(['key.password']),
    );
    expect(error.issues.every((issue) => issue.rule !== 'unknown_key')).toBe(true);
  });

  it.each([[null], [[]], ['text'], [42]])('refuses a body that is not an object: %j', (body) => {
    expect(caught(() => splitCompatBody(automation, body)).issues).toEqual([
      { path: '', message: 'body must be a JSON object', rule: 'object' },
    ]);
  });
});
