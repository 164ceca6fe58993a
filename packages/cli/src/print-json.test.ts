import { buildCustomerOperatingDashboardRequest } from '@cavra/customer-operating-dashboard';
import { afterAll, describe, expect, it } from 'vitest';
import { runBin, tempFiles } from './testing/run-bin.js';

/**
 * JSON output carries keys and file names as the input wrote them. A bidi override or a
 * zero-width character among them is written as its `\uXXXX` escape, so a terminal or a CI
 * log shows the key as it is, and the parsed JSON still holds it unchanged.
 */
const RAW_INVISIBLE = /[\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}]/u;
const KEY = 'x\u202ey\u200b';

describe('JSON output escapes the invisible characters of keys and file names', () => {
  const files = tempFiles();
  afterAll(() => files.remove());
  const request = buildCustomerOperatingDashboardRequest('tenant-acme');
  const document = files.write('document.json', JSON.stringify({ ...request, [KEY]: 1 }));
  const scanned = files.write(
    'scanned.json',
    JSON.stringify({ [KEY]: { password: 'x'.repeat(3) } }),
  );

  it.each([
    ['validate --json', ['validate', '--json', document], 'lines'],
    ['report --format json', ['report', '--format', 'json', document], 'lines'],
    ['scan --format json', ['scan', '--format', 'json', scanned], 'document'],
    ['scan --format sarif', ['scan', '--format', 'sarif', scanned], 'document'],
  ])('%s', (_name, args, layout) => {
    const result = runBin(args);
    expect(result.status).toBe(1);
    expect(result.stdout).not.toMatch(RAW_INVISIBLE);
    expect(result.stdout).toContain('x\\u202ey\\u200b');
    const texts = layout === 'lines' ? result.stdout.trim().split('\n') : [result.stdout];
    const parsed = texts.map((text) => JSON.parse(text) as unknown);
    expect(JSON.stringify(parsed)).toContain(JSON.stringify(KEY).slice(1, -1));
  });
});
