import { afterAll, describe, expect, it } from 'vitest';
import { runBin, runJson, tempFiles, tokenShapedValue } from '../testing/run-bin.js';

interface Pair {
  request: Record<string, unknown> & { correlation_id: string };
  response: Record<string, unknown> & {
    status: string;
    correlation_id: string;
    payload: { summary: Record<string, unknown> };
  };
}

const files = tempFiles();
afterAll(() => files.remove());

const request = runJson<Pair['request']>([
  'request',
  'saas_operating_automation',
  'tenant-acme',
  '--automation-cadence',
  'hourly',
]);
const requestFile = files.write('request.json', JSON.stringify(request));

describe('respond --request answers an existing request document', () => {
  it('keeps the request as it is and takes the summary from the options', () => {
    const pair = runJson<Pair>([
      'respond',
      '--request',
      requestFile,
      '--automation-status',
      'automated',
      '--blocker',
      'drill not scheduled',
      '--response-status',
      'accepted',
    ]);
    expect(pair.request).toEqual(request);
    expect(pair.response.correlation_id).toBe(request.correlation_id);
    expect(pair.response.status).toBe('accepted');
    expect(pair.response.payload.summary).toMatchObject({
      tenant_id: 'tenant-acme',
      automation_status: 'automated',
      billing_monitoring_status: 'unknown',
      automation_cadence: 'hourly',
      blockers: ['drill not scheduled'],
    });
  });

  it('reads the request from stdin with -, and the pair validates', () => {
    const answered = runBin(['respond', '--request', '-'], { input: JSON.stringify(request) });
    expect(answered.status).toBe(0);
    const validated = runBin(['validate'], { input: answered.stdout });
    expect(validated.status).toBe(0);
    expect(validated.stdout).toMatch(/^valid saas_operating_automation request and response/);
  });

  it('refuses OPERATION, TENANT_ID or a request option beside --request, exit 2', () => {
    for (const args of [
      ['respond', '--request', requestFile, 'saas_operating_automation'],
      ['respond', '--request', requestFile, '--automation-cadence', 'daily'],
      ['respond', '--request', requestFile, '--correlation-id', 'saas-000000000000'],
    ]) {
      const result = runBin(args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
    }
  });

  it('refuses an option of another operation, exit 2', () => {
    const result = runBin(['respond', '--request', requestFile, '--billing-status', 'ready']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'option --billing-status does not apply to saas_operating_automation',
    );
  });

  it('refuses a response or a pair as the request, exit 2', () => {
    const pair = runJson<Pair>(['respond', '--request', requestFile]);
    for (const document of [pair, pair.response]) {
      const result = runBin(['respond', '--request', '-'], { input: JSON.stringify(document) });
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('--request needs a request document');
    }
  });

  it('lists the issues of an invalid request, exit 1, echoing no secret', () => {
    const token = tokenShapedValue();
    const result = runBin(['respond', '--request', '-'], {
      input: JSON.stringify({ ...request, requested_by: token }),
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('requested_by');
    expect(result.stderr).not.toContain(token);
    expect(result.stdout).toBe('');
  });

  it('still needs OPERATION and TENANT_ID without --request, exit 2', () => {
    const result = runBin(['respond', 'customer_operating_dashboard']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('respond needs OPERATION and TENANT_ID, or --request FILE');
  });
});
