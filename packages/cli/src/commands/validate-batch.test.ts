import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from '@cavra/contracts-http';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, runBin, runJson, tempFiles } from '../testing/run-bin.js';

interface Pair {
  request: Record<string, unknown>;
  response: Record<string, unknown>;
}

const files = tempFiles();
afterAll(() => files.remove());

const dashboard = runJson<Pair>(['respond', 'customer_operating_dashboard', 'tenant-acme']);
const support = runJson<Pair>(['respond', 'support_handoff_readiness', 'tenant-acme']);
const line = (value: unknown) => JSON.stringify(value);
const jsonLines = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .map((text) => JSON.parse(text) as Record<string, unknown>);

describe('validate checks many documents, one result each, then a summary', () => {
  it('takes several files, prefixes each result with its file and closes with the counts', () => {
    const a = files.write('a.json', line(dashboard.request));
    const b = files.write('b.json', line(support));
    const result = runBin(['validate', a, b]);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      `${a}: valid customer_operating_dashboard request (cavra.saas_control_plane.request.v1)`,
      `${b}: valid support_handoff_readiness request and response (cavra.saas_control_plane.request.v2, cavra.saas_control_plane.response.v2)`,
      '2 documents: 2 valid, 0 invalid, 0 unreadable (customer_operating_dashboard 1 valid; support_handoff_readiness 1 valid)',
      '',
    ]);
    expect(result.stderr).toBe('');
  });

  it('reads NDJSON by line, exit 1 when a document is invalid, naming file and line', () => {
    const bad = { ...dashboard.response, status: 'fine' };
    const path = files.write(
      'batch.ndjson',
      [line(dashboard.request), '', line(bad), line(support.response)].join('\n'),
    );
    const result = runBin(['validate', path]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`${path}:1: valid customer_operating_dashboard request`);
    expect(result.stdout).toContain(`${path}:4: valid support_handoff_readiness response`);
    expect(result.stderr).toContain(`${path}:3: invalid customer_operating_dashboard response`);
    expect(result.stdout).toContain(
      '3 documents: 2 valid, 1 invalid, 0 unreadable (customer_operating_dashboard 1 valid, 1 invalid; support_handoff_readiness 1 valid)',
    );
  });

  it('reads NDJSON from stdin with --ndjson', () => {
    const input = `${line(dashboard.request)}\n${line(dashboard.response)}\n`;
    const result = runBin(['validate', '--ndjson', '--json'], { input });
    expect(result.status).toBe(0);
    expect(jsonLines(result.stdout).map((entry) => [entry['source'], entry['line']])).toEqual([
      ['stdin', 1],
      ['stdin', 2],
      [undefined, undefined],
    ]);
  });

  it('exits 2 for NDJSON that holds no document, so an empty batch never passes', () => {
    const empty = files.write('empty.ndjson', '\n\n');
    const result = runBin(['validate', empty]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('0 documents: 0 valid, 0 invalid, 0 unreadable\n');
    expect(result.stderr).toBe(
      'cavra-contracts: no documents found: the NDJSON input holds only blank lines\n',
    );
    const json = runBin(['validate', '--json', '--ndjson'], { input: '' });
    expect(json.status).toBe(2);
    expect(json.stderr).toBe('');
    expect(jsonLines(json.stdout)).toEqual([
      { summary: { documents: 0, valid: 0, invalid: 0, unreadable: 0, operations: {} } },
    ]);
  });

  it('searches a folder and exits 2 when an input cannot be read, after reading the rest', () => {
    const folder = join(files.dir, 'tenants');
    mkdirSync(folder);
    files.write('tenants/one.json', line(dashboard.response));
    files.write('tenants/two.json', '{"schema_version": ');
    const result = runBin(['validate', folder, join(files.dir, 'missing.json')]);
    expect(result.status).toBe(2);
    expect(result.stdout).toContain(`${join(folder, 'one.json')}: valid`);
    expect(result.stderr).toMatch(/two\.json' is not valid JSON/);
    expect(result.stderr).toMatch(/cannot read '.*missing\.json': no such file/);
    expect(result.stdout).toContain('3 documents: 1 valid, 0 invalid, 2 unreadable');
  });
});

describe('validate --json gives every outcome in one shape, I/O errors included', () => {
  it('writes a JSON line for a missing file, malformed JSON and an oversize line, nothing on stderr', () => {
    const path = files.write(
      'io.ndjson',
      `${line(dashboard.request)}\n{"a": tru\n{"pad": "${'x'.repeat(1024 * 1024)}"}\n`,
    );
    const result = runBin(['validate', '--json', path, join(files.dir, 'nowhere.json')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('');
    const [valid, malformed, oversize, missing, summary] = jsonLines(result.stdout);
    const shape = ['source', 'valid', 'kind', 'operation', 'schema_version', 'issues'];
    for (const entry of [valid, malformed, oversize, missing]) {
      expect(Object.keys(entry ?? {}).filter((key) => key !== 'line')).toEqual(shape);
    }
    expect(valid).toMatchObject({ line: 1, valid: true, kind: 'request' });
    for (const [entry, rule] of [
      [malformed, 'malformed_json'],
      [oversize, 'too_large'],
      [missing, 'unreadable'],
    ] as const) {
      expect(entry).toMatchObject({
        valid: false,
        kind: null,
        operation: null,
        schema_version: null,
        issues: [{ path: '', rule }],
      });
    }
    expect(summary).toEqual({
      summary: {
        documents: 4,
        valid: 1,
        invalid: 0,
        unreadable: 3,
        operations: { customer_operating_dashboard: { valid: 1, invalid: 0 } },
      },
    });
  });
});

describe('validate and POST /v1/validate share one semantics', () => {
  const app = createApp();
  const inputs: [string, string][] = [
    ['a request', line(dashboard.request)],
    ['a response', line(dashboard.response)],
    ['a pair', line(dashboard)],
    ['a pair of two tenants', line({ request: dashboard.request, response: support.response })],
    ['a pair with an extra key', line({ ...support, note: 1 })],
    ['an invalid response', line({ ...dashboard.response, status: 'fine', extra: true })],
    ['an unknown operation', line({ ...dashboard.request, operation: 'other' })],
    ['a list', line([dashboard.request])],
    ['a string', line('text')],
    ['null', 'null'],
  ];

  it.each(inputs)('gives the same verdict for %s', async (_, text) => {
    const cli = runBin(['validate', '--json'], { input: text });
    const answer = await app.request('/v1/validate', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: text,
    });
    const { source, ...fromCli } = jsonLines(cli.stdout)[0] ?? {};
    const { error, ...fromHttp } = (await answer.json()) as Record<string, unknown>;
    // HTTP lists an invalid document's issues once, in its error object.
    if (error !== undefined) fromHttp['issues'] = (error as { issues?: unknown }).issues;
    expect(source).toBe('stdin');
    expect(fromCli).toEqual(fromHttp);
    expect(cli.status).toBe(fromCli['valid'] ? 0 : 1);
    expect(answer.status).toBe(fromCli['valid'] ? 200 : 422);
  });

  it('reports malformed JSON under the same rule, kind, operation and version', async () => {
    const text = '{"schema_version": tru}';
    const cli = runBin(['validate', '--json'], { input: text });
    const answer = await app.request('/v1/validate', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: text,
    });
    const fromCli = jsonLines(cli.stdout)[0] as { issues: { rule: string }[] };
    const { error, ...verdictFields } = (await answer.json()) as {
      error: { issues: { rule: string }[] };
    };
    const fromHttp = { ...verdictFields, issues: error.issues };
    expect(cli.status).toBe(2);
    expect(answer.status).toBe(400);
    for (const verdict of [fromCli, fromHttp]) {
      expect(verdict).toMatchObject({ valid: false, kind: null, operation: null });
      expect(verdict.issues.map((issue) => issue.rule)).toEqual(['malformed_json']);
    }
  });
});

describe('validate streams: memory stays flat in the number of documents', () => {
  it('validates 20,000 NDJSON documents in a 24 MB heap', () => {
    const template = line(dashboard.response);
    const lines: string[] = [];
    for (let index = 0; index < 20_000; index++) {
      lines.push(template.replaceAll('tenant-acme', `tenant-${index}`));
    }
    const path = files.write('many.ndjson', `${lines.join('\n')}\n`);
    const result = spawnSync(
      process.execPath,
      ['--max-old-space-size=24', BIN, 'validate', '--json', path],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 300_000 },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const summary = JSON.parse(result.stdout.trimEnd().split('\n').at(-1) as string);
    expect(summary).toEqual({
      summary: {
        documents: 20_000,
        valid: 20_000,
        invalid: 0,
        unreadable: 0,
        operations: { customer_operating_dashboard: { valid: 20_000, invalid: 0 } },
      },
    });
  }, 300_000);
});
