import { createApp } from '@cavra/contracts-http';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { runBin, runJson, STACK_LINE, tempFiles, tokenShapedValue } from '../testing/run-bin.js';

interface Pair {
  request: Record<string, unknown> & { payload: Record<string, unknown> };
  response: Record<string, unknown> & {
    payload: { summary: Record<string, unknown> };
  };
}

const files = tempFiles();
afterAll(() => files.remove());

const pair = runJson<Pair>([
  'respond',
  'customer_operating_dashboard',
  'tenant-acme',
  '--billing-status',
  'degraded',
]);
const json = (value: unknown) => JSON.stringify(value, null, 2);

describe('validate recognises and confirms valid documents', () => {
  it('confirms a request on one line, exit 0', () => {
    const result = runBin(['validate', files.write('request.json', json(pair.request))]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      'valid customer_operating_dashboard request (cavra.saas_control_plane.request.v1)\n',
    );
    expect(result.stderr).toBe('');
  });

  it('confirms a response read from stdin', () => {
    const result = runBin(['validate'], { input: json(pair.response) });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      'valid customer_operating_dashboard response (cavra.saas_control_plane.response.v1)\n',
    );
  });

  it('confirms a {request, response} pair read from `-`', () => {
    const result = runBin(['validate', '-'], { input: json(pair) });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^valid customer_operating_dashboard request and response/);
  });

  it('recognises every operation', () => {
    for (const operation of ['support_handoff_readiness', 'saas_operating_automation']) {
      const other = runJson<Pair>(['respond', operation, 'tenant-acme']);
      const result = runBin(['validate'], { input: json(other.response) });
      expect(result.status).toBe(0);
      const newest = operation === 'support_handoff_readiness' ? 'v2' : 'v1';
      expect(result.stdout).toBe(
        `valid ${operation} response (cavra.saas_control_plane.response.${newest})\n`,
      );
    }
  });

  it('prints one JSON line per document and a summary line with --json', () => {
    const result = runBin(['validate', '--json'], { input: json(pair.request) });
    expect(result.status).toBe(0);
    expect(
      result.stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual([
      {
        source: 'stdin',
        valid: true,
        kind: 'request',
        operation: 'customer_operating_dashboard',
        schema_version: 'cavra.saas_control_plane.request.v1',
        issues: [],
      },
      {
        summary: {
          documents: 1,
          valid: 1,
          invalid: 0,
          unreadable: 0,
          operations: { customer_operating_dashboard: { valid: 1, invalid: 0 } },
        },
      },
    ]);
  });
});

describe('validate lists every issue with its JSON path, exit 1', () => {
  it('reports a status outside the vocabulary and an unknown key together', () => {
    const response = structuredClone(pair.response);
    response.payload.summary['billing_status'] = 'fine';
    (response as Record<string, unknown>)['extra'] = true;
    const result = runBin(['validate'], { input: json(response) });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/invalid customer_operating_dashboard response \(2 issues\)/);
    expect(result.stderr).toContain('  - payload.summary.billing_status: ');
    expect(result.stderr).toContain('  - extra: ');
    expect(result.stdout).toBe('');
  });

  it('gives the issues as JSON with --json', () => {
    const request = { ...pair.request, tenant_id: '' };
    const result = runBin(['validate', '--json'], { input: json(request) });
    expect(result.status).toBe(1);
    const output = JSON.parse(result.stdout.split('\n')[0] as string) as {
      valid: boolean;
      issues: { path: string }[];
    };
    expect(output.valid).toBe(false);
    expect(output.issues.map((issue) => issue.path)).toEqual(['tenant_id']);
  });

  it('names schema_version and operation when neither is recognised', () => {
    const result = runBin(['validate'], { input: '{"schema_version": "v0", "operation": "x"}' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('  - schema_version: schema_version must be');
    expect(result.stderr).toContain('  - operation: operation must be one of');
  });

  it('refuses JSON that is not an object', () => {
    for (const input of ['42', '"text"', 'null', '[]']) {
      const result = runBin(['validate'], { input });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('document must be a JSON object');
      expect(result.stderr).toContain('[object]');
    }
  });

  it('refuses a pair whose halves disagree, naming the paths', () => {
    const other = runJson<Pair>(['respond', 'customer_operating_dashboard', 'tenant-other']);
    const result = runBin(['validate'], {
      input: json({ request: pair.request, response: other.response }),
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('response.correlation_id: correlation_id must match');
    expect(result.stderr).toContain('response.payload.summary.tenant_id: tenant_id must match');
  });

  it('refuses a pair with swapped halves or extra keys', () => {
    const result = runBin(['validate'], {
      input: json({ request: pair.response, response: pair.response, note: 1 }),
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('  - note: a pair holds only request and response');
    expect(result.stderr).toContain('  - request.schema_version: request must have');
  });

  it('exits 1 for a secret in a field and echoes it nowhere', () => {
    const token = tokenShapedValue();
    const request = { ...pair.request, requested_by: token };
    for (const args of [['validate'], ['validate', '--json']]) {
      const result = runBin(args, { input: json(request) });
      expect(result.status).toBe(1);
      expect(result.stdout + result.stderr).toContain('sensitive value at requested_by');
      expect(result.stdout + result.stderr).not.toContain(token);
    }
  });

  it('exits 1 for a secret used as a key, echoing neither key nor value', () => {
    const token = tokenShapedValue('k');
    const result = runBin(['validate'], { input: `{"request": {}, "${token}": "x"}` });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('<redacted key>');
    expect(result.stderr).not.toContain(token);
  });
});

describe('validate refuses unreadable input with a one-line reason, exit 2', () => {
  const cases: [string, string | Uint8Array, RegExp][] = [
    [
      'malformed JSON',
      '{"schema_version": ',
      /stdin is not valid JSON at line 1, column 20: the text ends too early, expected a value/,
    ],
    [
      'JSON with a bad token',
      '{"a": 1,}',
      /stdin is not valid JSON at line 1, column 9: expected a key/,
    ],
    [
      'a key twice (problem 6)',
      '{"tenant_id": "tenant-acme", "tenant_id": "tenant-other"}',
      /stdin is rejected: key tenant_id appears twice \(line 1, column 30\)/,
    ],
    [
      '524,287 nested arrays (problem 3)',
      '['.repeat(524_287),
      /stdin is rejected: arrays and objects nest deeper than 32 levels at (\[0\]){32} \(line 1, column 33\)/,
    ],
    ['binary garbage', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff]), /binary data/],
    ['bytes that are not UTF-8', new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]), /not UTF-8 text/],
    ['an empty input', '', /stdin is empty/],
    ['whitespace only', ' \n\t ', /stdin is empty/],
  ];

  it.each(cases)('%s', (_, input, reason) => {
    const result = runBin(['validate'], { input });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(reason);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toBe('');
  });

  it('never quotes the input when reporting malformed JSON', () => {
    const token = tokenShapedValue();
    const result = runBin(['validate'], { input: `${token} trailing` });
    expect(result.status).toBe(2);
    expect(result.stderr).not.toContain(token);
  });

  it('refuses a file over the 1 MiB limit, and the same on stdin', () => {
    const big = `{"pad": "${'a'.repeat(1024 * 1024)}"}`;
    const fromFile = runBin(['validate', files.write('big.json', big)]);
    expect(fromFile.status).toBe(2);
    expect(fromFile.stderr).toMatch(/big\.json' is larger than the 1 MiB limit/);
    const fromStdin = runBin(['validate'], { input: big });
    expect(fromStdin.status).toBe(2);
    expect(fromStdin.stderr).toContain('stdin is larger than the 1 MiB limit');
  });

  it('reads a document of exactly 1 MiB', () => {
    const body = json(pair.request);
    const padded = body + ' '.repeat(1024 * 1024 - Buffer.byteLength(body));
    const result = runBin(['validate', files.write('limit.json', padded)]);
    expect(result.status).toBe(0);
  });

  it('refuses a missing file and a directory', () => {
    const missing = runBin(['validate', `${files.dir}/missing.json`]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read '.*missing\.json': no such file/);
    const empty = tempFiles();
    const directory = runBin(['validate', empty.dir]);
    empty.remove();
    expect(directory.status).toBe(2);
    expect(directory.stderr).toMatch(/holds no \.json, \.ndjson, \.jsonl file/);
  });

  it('refuses an unknown option', () => {
    const result = runBin(['validate', '--strict'], { input: json(pair.request) });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("unknown option '--strict'");
  });

  it('refuses deeply nested input before parsing it, with the path', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const result = runBin(['validate'], { input: `{"request": ${deep}, "response": {}}` });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('nest deeper than 32 levels');
    expect(result.stderr).toContain('request[0][0]');
    expect(result.stderr).not.toMatch(STACK_LINE);
  });
});

describe('validate --json names a duplicate key or too deep nesting as POST /v1/validate does', () => {
  const app = createApp();

  it.each([
    ['a key twice', '{"tenant_id":"a","payload":{"x":1,"x":2}}', 'payload.x', 'duplicate_key'],
    [
      'nesting past 32',
      `{"a":${'['.repeat(40)}${']'.repeat(40)}}`,
      `a${'[0]'.repeat(31)}`,
      'too_deep',
    ],
  ])('%s: the rule and the path of the HTTP answer', async (_name, text, path, rule) => {
    const result = runBin(['validate', '--json'], { input: text });
    expect(result.status).toBe(2);
    const line = JSON.parse(result.stdout.split('\n')[0] as string) as {
      issues: { path: string; rule: string }[];
    };
    expect(line.issues).toEqual([expect.objectContaining({ path, rule })]);
    const answer = await app.request('/v1/validate', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: text,
    });
    const body = (await answer.json()) as { error: { issues: { path: string; rule: string }[] } };
    expect(body.error.issues.map(({ path, rule }) => ({ path, rule }))).toEqual([{ path, rule }]);
  });
});

describe('validate names a file as it is, its invisible characters escaped', () => {
  it('shows a newline, a bidi override and a zero-width space in a name as escapes', () => {
    const names = ['two\nlines.json', 'fdp\u202egnp.json', 'zero\u200bwidth.json'];
    const paths = names.map((name) => files.write(name, '{}'));
    const result = runBin(['validate', ...paths]);
    expect(result.status).toBe(1);
    expect(result.stderr).not.toMatch(/[\p{Cc}\p{Cf}](?<!\n)/u);
    for (const shown of ['two\\u000alines.json', 'fdp\\u202egnp.json', 'zero\\u200bwidth.json']) {
      expect(result.stderr).toContain(`${shown}: invalid document`);
    }
  });
});

describe('validate survives random bytes (fuzz)', () => {
  it('exits 1 or 2 with a message on stderr and never a stack trace', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 256 }), (bytes) => {
        const result = runBin(['validate'], { input: bytes });
        expect([1, 2]).toContain(result.status);
        expect(result.stderr).toMatch(/^cavra-contracts: \S/);
        expect(result.stderr).not.toMatch(STACK_LINE);
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('exits 1 or 2 for random JSON-looking text', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const result = runBin(['validate'], { input: text });
        expect([1, 2]).toContain(result.status);
        expect(result.stderr).not.toMatch(STACK_LINE);
      }),
      { numRuns: 20 },
    );
  }, 120_000);
});

describe('validate accepts every published version, each by its own parser', () => {
  const v2 = runJson<Pair>([
    'respond',
    'support_handoff_readiness',
    'tenant-acme',
    '--release-owner-status',
    'blocked',
  ]);
  const v1Request = { ...v2.request, schema_version: 'cavra.saas_control_plane.request.v1' };
  const { release_owner_status: _, ...v1Summary } = v2.response.payload.summary;
  const v1Response = {
    ...v2.response,
    schema_version: 'cavra.saas_control_plane.response.v1',
    payload: { ...v2.response.payload, summary: v1Summary },
  };

  it('confirms the v2 and the v1 documents of support_handoff_readiness', () => {
    expect(v2.response.payload.summary['release_owner_status']).toBe('blocked');
    for (const [document, label] of [
      [v2.request, 'request (cavra.saas_control_plane.request.v2)'],
      [v2.response, 'response (cavra.saas_control_plane.response.v2)'],
      [v1Request, 'request (cavra.saas_control_plane.request.v1)'],
      [v1Response, 'response (cavra.saas_control_plane.response.v1)'],
    ] as const) {
      const result = runBin(['validate'], { input: json(document) });
      expect(result.stdout).toBe(`valid support_handoff_readiness ${label}\n`);
      expect(result.status).toBe(0);
    }
  });

  /** The verdict on the first document: `--json` prints one JSON line per document, then a summary. */
  const verdictOf = (stdout: string) =>
    JSON.parse(stdout.split('\n')[0] as string) as { issues: unknown[] };

  it('refuses a v1 response carrying the v2 field, and a v2 response without it', () => {
    const v1WithField = { ...v2.response, schema_version: 'cavra.saas_control_plane.response.v1' };
    const withField = runBin(['validate', '--json'], { input: json(v1WithField) });
    expect(withField.status).toBe(1);
    expect(verdictOf(withField.stdout).issues).toEqual([
      expect.objectContaining({
        path: 'payload.summary.release_owner_status',
        rule: 'unknown_key',
      }),
    ]);
    const v2Without = { ...v1Response, schema_version: 'cavra.saas_control_plane.response.v2' };
    const without = runBin(['validate', '--json'], { input: json(v2Without) });
    expect(without.status).toBe(1);
    expect(verdictOf(without.stdout).issues).toEqual([
      expect.objectContaining({ path: 'payload.summary.release_owner_status', rule: 'required' }),
    ]);
  });

  it('refuses a pair whose response is not in its request’s version', () => {
    const result = runBin(['validate', '--json'], {
      input: json({ request: v1Request, response: v2.response }),
    });
    expect(result.status).toBe(1);
    expect(verdictOf(result.stdout).issues).toEqual([
      expect.objectContaining({ path: 'response.schema_version', rule: 'pair' }),
    ]);
  });
});
