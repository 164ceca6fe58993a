import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../argv.js';
import type { WireDocument } from '../document/wire-document.js';
import {
  buildRequestFromOptions,
  buildResponseFromOptions,
  respondArgs,
} from './operation-options.js';
import { findOperation } from './registry.js';

function contractOf(name: string) {
  const operation = findOperation(name);
  if (!operation) throw new Error(`no operation ${name}`);
  return operation.contract;
}

/** The request and the response `respond NAME tenant-acme ...options` builds. */
function builtDocuments(name: string, options: readonly string[]) {
  const contract = contractOf(name);
  const commandLine = parseCommandLine([name, 'tenant-acme', ...options], respondArgs(), 'respond');
  const request = buildRequestFromOptions(contract, 'tenant-acme', commandLine);
  const response = buildResponseFromOptions(contract, request, commandLine);
  return {
    payload: request['payload'] as WireDocument,
    summary: (response['payload'] as WireDocument)['summary'] as WireDocument,
  };
}

describe('a response built from the command line carries the fields it shares with the request', () => {
  it.each([
    [
      'customer_operating_dashboard',
      ['--dashboard-scope', 'eu-tenants'],
      ['dashboard_scope', 'dashboard_boundary'],
    ],
    [
      'support_handoff_readiness',
      ['--support-tier', 'premium', '--handoff-scope', 'eu-support'],
      ['support_tier', 'handoff_scope', 'handoff_boundary'],
    ],
    [
      'saas_operating_automation',
      ['--automation-scope', 'eu-scale', '--automation-cadence', 'hourly'],
      ['automation_scope', 'automation_cadence', 'automation_boundary'],
    ],
  ])('%s copies %j into the summary', (name, options, shared) => {
    const { payload, summary } = builtDocuments(name, options);
    for (const field of shared) expect(summary[field], field).toBe(payload[field]);
    for (let index = 1; index < options.length; index += 2) {
      expect(Object.values(summary)).toContain(options[index]);
    }
  });
});

describe('the help of request and respond names the defaults a document really gets', () => {
  const handoff = 'saas_operating_automation_worker_handoff';

  function describedDefault(option: string): string {
    const description = String(respondArgs()[option]?.description);
    return /\(default:? ([^)]*)\)$/.exec(description)?.[1] ?? description;
  }

  it.each([
    ['scheduler-ref', 'scheduler_ref'],
    ['evidence-sink-ref', 'evidence_sink_ref'],
    ['retry-policy-ref', 'retry_policy_ref'],
    ['worker-owner', 'worker_owner'],
  ])('--%s: the default it names is the %s of a response built without it', (option, field) => {
    const { summary } = builtDocuments(handoff, []);
    expect(summary[field]).toMatch(/-/);
    expect(describedDefault(option)).toBe(summary[field]);
  });

  it('--latest-dashboard-at: none, and a response built without it has null', () => {
    const { summary } = builtDocuments('customer_operating_dashboard', []);
    expect(summary['latest_dashboard_at']).toBeNull();
    expect(describedDefault('latest-dashboard-at')).toBe('none');
  });

  it('--worker-target: every required check, as a request built without it lists', () => {
    expect(describedDefault('worker-target')).toBe('every check of required_checks');
    const chosen = ['billing_monitoring', 'closeout_retry'];
    const { payload } = builtDocuments(
      handoff,
      chosen.flatMap((check) => ['--required-check', check]),
    );
    expect(payload['worker_targets']).toEqual(chosen);
  });
});
