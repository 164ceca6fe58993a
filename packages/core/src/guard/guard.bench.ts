import { bench, describe } from 'vitest';
import { findSensitiveMaterial } from './find-sensitive-material.js';
import { matchValueRule } from './match-value-rule.js';

// Figures only: `pnpm bench` prints them with the targets (tooling/bench/report.mjs).
// Group names carry the target; `[N bytes]` in a benchmark name gives its throughput.

const MIB = 1024 * 1024;

/** Operating text of the kind contracts carry, with words the guard's cues react to. */
const SENTENCES = [
  'Billing export lagged {n}h behind the ledger for tenant-{t}; owner: finance-ops.',
  'Token rotation for the support bot is scheduled after the release 1.{n}.2 acceptance window.',
  'Password policy review pending with the security team, see https://status.example.com/incidents/{n}.',
  'Escalation rota has no owner for EMEA nights; customer_success_health degraded since 2026-11-{d}T09:30:00Z.',
  'API key owner confirmed; correlation saas-{h}, commit {h}{h}{h}.',
  'Dashboard visibility unknown until the private service reports; risk-based triage by the task-force.',
  'License-service telemetry sync retried {n} times (job {h}-b7e4-4d5a-9c1b-0123456789ab).',
  'Basic tier customers get e-mail support only; Bearer of the pager: #ops-{t} rotation.',
];

/** A string-heavy document of about `size` bytes of JSON, every string distinct. */
function operatingDocument(size: number): unknown {
  const tenants: unknown[] = [];
  let bytes = 0;
  for (let index = 0; bytes < size; index++) {
    const text = (at: number) =>
      (SENTENCES[(index + at) % SENTENCES.length] as string)
        .replaceAll('{n}', String((index * 7 + at) % 97))
        .replaceAll('{t}', `acme-${index}`)
        .replaceAll('{d}', String(10 + (index % 19)))
        .replaceAll('{h}', ((index * 2654435761 + at) >>> 0).toString(16).padStart(8, '0'));
    const tenant = {
      tenant_id: `tenant-acme-${index}`,
      dashboard_status: 'degraded',
      latest_dashboard_at: '2026-11-21T09:30:00Z',
      blockers: [text(0), text(1), text(2), text(3)],
      dashboard_boundary: `${text(4)} ${text(5)}`,
      notes: { first: text(6), second: text(7) },
    };
    bytes += JSON.stringify(tenant).length + 1;
    tenants.push(tenant);
  }
  return { tenants };
}

const document = operatingDocument(MIB / 2);
const documentBytes = JSON.stringify(document).length;

describe('guard throughput, string-heavy payload [target >= 200 MB/s]', () => {
  bench(`findSensitiveMaterial [${documentBytes} bytes]`, () => {
    findSensitiveMaterial(document);
  });
  bench(`baseline: JSON.stringify of the same payload [${documentBytes} bytes]`, () => {
    JSON.stringify(document);
  });
});

const repeat = (unit: string) => unit.repeat(Math.ceil(MIB / unit.length)).slice(0, MIB);

/** 1 MiB strings built to make careless patterns backtrack. */
const ADVERSARIAL: Record<string, string> = {
  'repeated ghp_': repeat(`${'gh'}p_`),
  'unclosed PEM headers': repeat(`${'-'.repeat(5)}BEGIN `),
  'long eyJ run': repeat('eyJ'),
  'eyJ run split by dashes': repeat('-eyJ'),
  'a: run after a scheme': `https://${repeat('a:')}`.slice(0, MIB),
  'a@ run after a scheme': `https://${repeat('a@')}`.slice(0, MIB),
  'repeated sk-': repeat(`${'s'}k-`),
  '= run': repeat('='),
  'repeated Bearer': repeat('Bearer '),
  'underscore run': repeat('_'),
  'alternating -=': repeat('-='),
  'plain letters': repeat('a'),
};

describe('adversarial 1 MiB strings [report]', () => {
  for (const [name, text] of Object.entries(ADVERSARIAL)) {
    bench(
      `${name} [${text.length} bytes]`,
      () => {
        matchValueRule(text);
      },
      { time: 200, iterations: 3, warmupIterations: 1 },
    );
  }
});
