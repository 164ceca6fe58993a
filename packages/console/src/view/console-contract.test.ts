import { saasOperatingAutomationContract } from '@cavra/saas-operating-automation';
import { describe, expect, it } from 'vitest';
import { consoleContract } from './console-contract.js';

const automation = consoleContract(saasOperatingAutomationContract);
const { spec } = saasOperatingAutomationContract;

describe('the console data of a contract is read from its declaration', () => {
  it('is plain JSON data', () => {
    expect(JSON.parse(JSON.stringify(automation))).toEqual(automation);
  });

  it('lists the checks, the overall fields and the vocabulary order', () => {
    expect(automation.checks.map((entry) => entry.check)).toEqual(Object.keys(spec.checkFields));
    expect(automation.overall_fields).toEqual(['automation_status']);
    expect(automation.severity).toEqual(spec.severity);
    expect(automation.boundary_field).toBe('automation_boundary');
  });

  it('derives the request form: envelope, then payload fields with their defaults', () => {
    const fields = Object.fromEntries(
      automation.request_fields.map((field) => [field.name, field]),
    );
    expect(automation.request_fields.map((field) => field.name)).toEqual([
      'tenant_id',
      'requested_by',
      'correlation_id',
      ...Object.keys(spec.payloadSchema.entries),
    ]);
    expect(fields['tenant_id']).toMatchObject({ kind: 'text', optional: false });
    expect(fields['automation_cadence']).toMatchObject({ kind: 'text', default: 'daily' });
    expect(fields['required_checks']).toMatchObject({
      kind: 'choices',
      options: Object.keys(spec.checkFields),
      default: Object.keys(spec.checkFields),
    });
    expect(fields['automation_boundary']).toMatchObject({
      kind: 'long_text',
      default: spec.boundary,
    });
  });

  it('derives the summary form without the tenant, fixed values and fields copied from the request', () => {
    const names = automation.summary_fields.map((field) => field.name);
    expect(names).toEqual([...automation.status_fields, 'blockers']);
    expect(automation.summary_fields[0]).toMatchObject({ kind: 'choice', options: spec.statuses });
    expect(automation.summary_fields.at(-1)).toMatchObject({ kind: 'lines', optional: true });
  });
});
