import { describe, expect, it } from 'vitest';
import { listOptionName, operationFields, optionName } from './operation-fields.js';
import { findOperation } from './registry.js';

function fieldsOf(name: string) {
  const operation = findOperation(name);
  if (!operation) throw new Error(`no operation ${name}`);
  return operationFields(operation.contract);
}

describe('the options of each operation derive from its contract', () => {
  it('reads the dashboard fields from its contract', () => {
    expect(fieldsOf('customer_operating_dashboard')).toEqual({
      scopeFields: ['dashboard_scope', 'evidence_window'],
      statusFields: [
        'dashboard_status',
        'billing_status',
        'license_service_status',
        'support_handoff_status',
        'customer_success_status',
        'escalation_status',
        'release_closeout_status',
      ],
      summaryOnlyFields: ['latest_dashboard_at'],
      checkListFields: [],
    });
  });

  it('reads the support handoff fields from its contract', () => {
    expect(fieldsOf('support_handoff_readiness')).toEqual({
      scopeFields: ['handoff_scope', 'support_tier'],
      statusFields: [
        'support_status',
        'customer_success_status',
        'escalation_status',
        'health_review_status',
        'dashboard_status',
        'release_owner_status',
      ],
      summaryOnlyFields: [],
      checkListFields: [],
    });
  });

  it('reads the automation fields, with the overall automation_status first', () => {
    const fields = fieldsOf('saas_operating_automation');
    expect(fields.scopeFields).toEqual(['automation_scope', 'automation_cadence']);
    expect(fields.statusFields[0]).toBe('automation_status');
    expect(fields.statusFields).toHaveLength(8);
    expect(fields.summaryOnlyFields).toEqual([]);
  });

  it('reads the worker handoff mode as a scope field and its targets as a check list', () => {
    const fields = fieldsOf('saas_operating_automation_worker_handoff');
    expect(fields.scopeFields).toEqual(['deployment_environment', 'worker_mode']);
    expect(fields.checkListFields).toEqual(['worker_targets']);
  });

  it('turns snake_case fields into kebab-case options', () => {
    expect(optionName('billing_monitoring_status')).toBe('billing-monitoring-status');
    expect(optionName('tenant_id')).toBe('tenant-id');
  });

  it('names a repeated list option in the singular', () => {
    expect(listOptionName('worker_targets')).toBe('worker-target');
    expect(listOptionName('required_checks')).toBe('required-check');
  });
});
