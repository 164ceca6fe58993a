import { describe, expect, it } from 'vitest';
import { runBin } from '../testing/run-bin.js';

/** A worker handoff pair, built by the reference command: two required checks, one targeted. */
function handoffPair(): string {
  const result = runBin([
    'saas',
    'worker-handoff',
    'tenant-harbor',
    '--required-check',
    'billing_monitoring',
    '--required-check',
    'closeout_retry',
    '--worker-target',
    'closeout_retry',
    '--handoff-status',
    'planned',
  ]);
  expect(result.status).toBe(0);
  return result.stdout;
}

describe('report shows a worker handoff check as targeted or not targeted', () => {
  it('in text', () => {
    const result = runBin(['report', '-'], { input: handoffPair() });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /closeout_retry +\(none\) +targeted +\(listed in worker_targets\)/,
    );
    expect(result.stdout).toMatch(
      /billing_monitoring +\(none\) +not targeted +\(not listed in worker_targets\)/,
    );
    expect(result.stdout).toMatch(
      /escalation_drill +\(none\) +not targeted +\(not requested by the request\)/,
    );
    expect(result.stdout).not.toContain('not reported');
  });

  it('in Markdown and HTML', () => {
    const markdown = runBin(['report', '-', '--format', 'markdown'], { input: handoffPair() });
    expect(markdown.stdout).toContain(
      '| `closeout_retry` | _(none)_ | targeted _(listed in worker\\_targets)_ |',
    );
    const html = runBin(['report', '-', '--format', 'html'], { input: handoffPair() });
    expect(html.status).toBe(0);
    expect(html.stdout).toMatch(/<th scope="row">closeout_retry<\/th>.*?>targeted</);
    expect(html.stdout).not.toContain('not reported');
  });
});
