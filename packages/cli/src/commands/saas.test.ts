import { compatContractOf, REGISTRY } from '@cavra/contracts';
import { describe, expect, it } from 'vitest';
import { runBin, runJson, STACK_LINE, tokenShapedValue } from '../testing/run-bin.js';

/**
 * The reference implementation's commands, replayed for every registered operation:
 * `saas contract`, and `saas <name> TENANT` with the reference's flags, `{request, response}`
 * on stdout, exit 1 and the reference's one-line message on a contract error.
 */
interface Pair {
  readonly request: Record<string, unknown> & { payload: Record<string, unknown> };
  readonly response: Record<string, unknown> & { payload: { summary: Record<string, unknown> } };
}

/** Each operation's reference command, as its declaration names it. */
const COMMANDS: Record<string, string> = {
  customer_operating_dashboard: 'customer-operating-dashboard',
  support_handoff_readiness: 'support-handoff-readiness',
  saas_operating_automation: 'operating-automation',
  saas_operating_automation_worker_handoff: 'worker-handoff',
};

// The commands speak the reference's version of each operation (v1), not the package's newest.
const cases = REGISTRY.map(compatContractOf).map((contract) => ({
  operation: contract.spec.operation,
  contract,
  command: COMMANDS[contract.spec.operation] as string,
}));

/** Runs a command expected to fail with a contract error and returns its one line. */
function failure(args: readonly string[]): string {
  const result = runBin(['saas', ...args]);
  expect(result.status).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr).not.toMatch(STACK_LINE);
  expect(result.stderr.endsWith('\n')).toBe(true);
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  return lines[0] as string;
}

describe('cavra-contracts saas contract', () => {
  it('lists each operation by name with its schema versions, in registry order', () => {
    const document = runJson<{
      schema_version: string;
      product: string;
      public_repository_boundary: Record<string, unknown>;
      operations: unknown[];
    }>(['saas', 'contract']);
    expect(document.schema_version).toBe('cavra.saas_control_plane.contract.v1');
    expect(document.product).toBe('CAVRA');
    expect(document.public_repository_boundary['contains_saas_backend']).toBe(false);
    expect(document.operations).toEqual(
      Object.keys(COMMANDS).map((name) => ({
        name,
        request: 'cavra.saas_control_plane.request.v1',
        response: 'cavra.saas_control_plane.response.v1',
      })),
    );
  });
});

describe('cavra-contracts saas --help', () => {
  it('lists contract and one command per operation', () => {
    const result = runBin(['saas', '--help']);
    expect(result.status).toBe(0);
    for (const command of ['contract', ...Object.values(COMMANDS)]) {
      expect(result.stdout).toContain(command);
    }
  });

  it('answers no command with the group help on stderr and exit 2', () => {
    const result = runBin(['saas']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('saas needs a command: contract, ');
  });

  it('refuses an unknown command by name with exit 2', () => {
    const result = runBin(['saas', 'tenant-onboarding', 't']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("unknown command 'tenant-onboarding' of saas");
  });
});

describe.each(cases)('cavra-contracts saas $command ($operation)', ({ contract, command }) => {
  it('prints {request, response} built with the defaults', () => {
    const pair = runJson<Pair>(['saas', command, 'tenant-demo', '--requested-by', 'console']);
    expect(Object.keys(pair)).toEqual(['request', 'response']);
    expect(contract.parseRequest(pair.request)).toEqual(pair.request);
    expect(contract.parseResponse(pair.response)).toEqual(pair.response);
    expect(pair.request['requested_by']).toBe('console');
    expect(pair.request.payload['required_checks']).toEqual([...contract.spec.checks]);
    expect(pair.response['status']).toBe('requires_private_service');
  });

  it('shows its reference flags in --help', () => {
    const result = runBin(['saas', command, '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`cavra-contracts saas ${command}`);
    for (const flag of ['--requested-by', '--required-check', '--blocker']) {
      expect(result.stdout).toContain(flag);
    }
    for (const field of contract.spec.statusFields) {
      expect(result.stdout).toContain(`--${field.replaceAll('_', '-')}`);
    }
  });

  it('takes each status of each status field, and refuses one outside the vocabulary', () => {
    const flags = contract.spec.statusFields.map((field) => `--${field.replaceAll('_', '-')}`);
    for (const status of contract.spec.statuses) {
      const pair = runJson<Pair>([
        'saas',
        command,
        't',
        ...flags.flatMap((flag) => [flag, status]),
      ]);
      for (const field of contract.spec.statusFields) {
        expect(pair.response.payload.summary[field], `${field}=${status}`).toBe(status);
      }
    }
    const sorted = [...contract.spec.statuses].sort().join(', ');
    for (const [index, field] of [...contract.spec.statusFields.entries()].slice(-2)) {
      expect(failure([command, 't', flags[index] as string, 'green'])).toBe(
        `${field} must be one of: ${sorted}`,
      );
    }
  });

  it('keeps repeated --required-check and --blocker values in order', () => {
    const checks = [...contract.spec.checks].slice(0, 2).reverse();
    const pair = runJson<Pair>([
      'saas',
      command,
      't',
      ...checks.flatMap((check) => ['--required-check', check]),
      '--blocker',
      'first',
      '--blocker',
      'second',
    ]);
    expect(pair.request.payload['required_checks']).toEqual(checks);
    expect(pair.response.payload.summary['blockers']).toEqual(['first', 'second']);
  });

  it('answers an empty tenant and an unknown check in one line, exit 1', () => {
    expect(failure([command, ''])).toBe('tenant_id must not be empty');
    expect(failure([command, 't', '--required-check', 'nope'])).toBe(
      `required_checks[0] must be one of: ${contract.spec.checks.join(', ')}`,
    );
  });

  it('refuses sensitive values built at run time without echoing them', () => {
    const token = tokenShapedValue();
    for (const [args, where] of [
      [[token], 'payload.tenant_id'],
      [['t', '--blocker', 'fine', '--blocker', `see ${token}`], 'payload.blockers[1]'],
      [['t', '--requested-by', token], 'payload.requested_by'],
    ] as const) {
      const result = runBin(['saas', command, ...args]);
      expect(result.status).toBe(1);
      expect(result.stdout + result.stderr).not.toContain(token);
      expect(result.stderr).toBe(
        `sensitive value is not allowed in public SaaS contract payload: ${where}\n`,
      );
    }
  });

  it('refuses an unknown flag as a usage error, exit 2', () => {
    const result = runBin(['saas', command, 't', '--note', 'hello']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("unknown option '--note'");
  });
});

describe('cavra-contracts saas worker-handoff, the reference flags', () => {
  it('reads --worker-mode, --worker-target and the reference labels', () => {
    const pair = runJson<Pair>([
      'saas',
      'worker-handoff',
      'tenant-demo',
      '--deployment-environment',
      'staging',
      '--worker-mode',
      'shadow',
      '--required-check',
      'billing_monitoring',
      '--required-check',
      'closeout_retry',
      '--worker-target',
      'closeout_retry',
      '--handoff-status',
      'planned',
      '--scheduler-ref',
      'scheduler-eu',
      '--evidence-sink-ref',
      'sink-eu',
      '--retry-policy-ref',
      'retry-eu',
      '--worker-owner',
      'platform-team',
    ]);
    expect(pair.request.payload).toMatchObject({
      deployment_environment: 'staging',
      worker_mode: 'shadow',
      required_checks: ['billing_monitoring', 'closeout_retry'],
      worker_targets: ['closeout_retry'],
    });
    expect(pair.response.payload.summary).toMatchObject({
      handoff_status: 'planned',
      deployment_environment: 'staging',
      scheduler_ref: 'scheduler-eu',
      evidence_sink_ref: 'sink-eu',
      retry_policy_ref: 'retry-eu',
      worker_owner: 'platform-team',
      worker_mode: 'shadow',
      worker_targets: ['closeout_retry'],
    });
  });

  it('defaults handoff_status to requires_private_service, as declared', () => {
    const pair = runJson<Pair>(['saas', 'worker-handoff', 'tenant-demo']);
    expect(pair.response.payload.summary['handoff_status']).toBe('requires_private_service');
    expect(pair.response.payload.summary['worker_targets']).toEqual(
      pair.request.payload['required_checks'],
    );
  });

  it('says in --help that worker targets default to the required checks, as they do', () => {
    const help = runBin(['saas', 'worker-handoff', '--help']).stdout;
    expect(help).toMatch(
      /--worker-target=<check>\s+worker_targets;.*\(default every check of required_checks\)/,
    );
    const pair = runJson<Pair>([
      'saas',
      'worker-handoff',
      'tenant-demo',
      '--required-check',
      'closeout_retry',
    ]);
    expect(pair.request.payload['worker_targets']).toEqual(['closeout_retry']);
  });

  it('answers a worker mode outside the vocabulary and targets outside the required checks', () => {
    expect(failure(['worker-handoff', 't', '--worker-mode', 'fast'])).toBe(
      'worker_mode must be one of: dry_run, live, shadow, unknown',
    );
    expect(
      failure([
        'worker-handoff',
        't',
        '--required-check',
        'billing_monitoring',
        '--worker-target',
        'closeout_retry',
      ]),
    ).toBe('worker_targets must name only checks that required_checks names');
  });
});
