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
    const contract = contractOf(name);
    const commandLine = parseCommandLine(
      [name, 'tenant-acme', ...options],
      respondArgs(),
      'respond',
    );
    const request = buildRequestFromOptions(contract, 'tenant-acme', commandLine);
    const response = buildResponseFromOptions(contract, request, commandLine);
    const payload = request['payload'] as WireDocument;
    const summary = (response['payload'] as WireDocument)['summary'] as WireDocument;
    for (const field of shared) expect(summary[field], field).toBe(payload[field]);
    for (let index = 1; index < options.length; index += 2) {
      expect(Object.values(summary)).toContain(options[index]);
    }
  });
});
