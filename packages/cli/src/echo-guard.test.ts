import { sensitiveValues, TOKEN_SHAPED_FAMILIES, tokenShaped } from '@cavra/contract-testkit';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runCli } from './run.js';
import { runBin, tempFiles } from './testing/run-bin.js';

/**
 * Issue 11, problem 2: nothing the CLI prints may carry a credential it was given, on any
 * channel. The samples are every credential the guard's tests know: the testkit's fixed
 * samples and one of each token family, built at run time.
 */
const SAMPLES: readonly { name: string; value: string }[] = [
  ...sensitiveValues(),
  ...TOKEN_SHAPED_FAMILIES.map((family) => ({
    name: family,
    value: fc.sample(tokenShaped(family), { numRuns: 1, seed: 11 })[0] as string,
  })),
];

/** The parts of a sample a reader could use: the whole, and each half of it. */
function fragments(value: string): string[] {
  const half = Math.floor(value.length / 2);
  return [value, value.slice(0, half), value.slice(half)].filter((part) => part.length >= 12);
}

function expectNoFragment(output: string, value: string, channel: string): void {
  for (const part of fragments(value)) expect(output, channel).not.toContain(part);
}

/** Runs the CLI in this process and returns what it wrote to stdout and stderr. */
async function runInProcess(argv: readonly string[]): Promise<{ code: number; output: string }> {
  const written: string[] = [];
  const capture = (chunk: unknown) => {
    written.push(String(chunk));
    return true;
  };
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(capture);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(capture);
  try {
    const code = await runCli(argv);
    return { code, output: written.join('') };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/** Every way an argument reaches the CLI, with the sample in it. */
function argumentChannels(secret: string): [string, string[]][] {
  const operation = 'customer_operating_dashboard';
  return [
    ['command', [secret]],
    ['command after a prefix', [`session-${secret}`]],
    ['top-level option name', [`--${secret}`]],
    ['option name', ['describe', `--${secret}`]],
    ['option name with a value', ['describe', `--${secret}=x`]],
    ['short option', ['describe', `-${secret}`]],
    ['operation argument', ['request', secret, 'tenant-acme']],
    ['tenant argument', ['request', operation, secret]],
    ['extra argument', ['describe', operation, secret]],
    ['option value', ['request', operation, 'tenant-acme', '--dashboard-scope', secret]],
    ['repeated option value', ['respond', operation, 'tenant-acme', '--blocker', secret]],
    ['format value', ['report', '--format', secret]],
    ['port value', ['serve', '--port', secret]],
    ['schema kind', ['schema', operation, '--kind', secret]],
    ['file name', ['validate', `/nonexistent/${secret}.json`]],
    ['file name in a folder name', ['validate', `/nonexistent/dir-${secret}/request.json`]],
  ];
}

describe('the CLI never prints a credential from its arguments (issue 11, problem 2)', () => {
  it.each(SAMPLES.map((sample) => [sample.name, sample.value] as const))(
    '%s: dropped from every argument channel',
    async (_name, secret) => {
      for (const [channel, argv] of argumentChannels(secret)) {
        const { code, output } = await runInProcess(argv);
        expect(code, channel).not.toBe(0);
        expect(output, channel).toMatch(/\S/);
        expectNoFragment(output, secret, channel);
      }
    },
  );

  it('still quotes harmless input, its invisible characters escaped', async () => {
    const { output } = await runInProcess(['describe', '--no-such\u202eoption']);
    expect(output).toContain("unknown option '--no-such\\u202eoption'");
  });
});

describe('the CLI never prints a credential from a file or stdin (issue 11, problem 2)', () => {
  const files = tempFiles();
  afterAll(() => files.remove());
  const document = JSON.stringify({
    schema_version: 'cavra.saas_control_plane.request.v1',
    operation: 'customer_operating_dashboard',
    tenant_id: 'tenant-acme',
    notes: SAMPLES.map((sample) => sample.value),
    ...Object.fromEntries(SAMPLES.map((sample, index) => [sample.value, index])),
  });
  const malformed = `${document.slice(0, -1)}, ${SAMPLES.map((s) => s.value).join(' ')}}`;

  it.each([
    ['file content', (text: string) => runBin(['validate', files.write('doc.json', text)])],
    ['stdin', (text: string) => runBin(['validate'], { input: text })],
    ['stdin, --json', (text: string) => runBin(['validate', '--json'], { input: text })],
  ])('%s: neither a valid-looking nor a malformed document is echoed', (channel, run) => {
    for (const text of [document, malformed]) {
      const result = run(text);
      expect([1, 2], channel).toContain(result.status);
      for (const sample of SAMPLES) {
        expectNoFragment(result.stdout + result.stderr, sample.value, channel);
      }
    }
  });
});
