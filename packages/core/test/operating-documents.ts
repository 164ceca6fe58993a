// Documents for the guard's benchmarks: string-heavy operating text, fresh per run.

/** Operating text of the kind contracts carry, with words the guard's anchors react to. */
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

/**
 * A string-heavy document of about `size` bytes of JSON, every string distinct, for one
 * `run`: tenants, timestamps and blockers differ from run to run.
 */
function operatingDocument(size: number, run: number): unknown {
  const tenants: unknown[] = [];
  let bytes = 0;
  for (let index = 0; bytes < size; index++) {
    const seed = index + run * 7919;
    const text = (at: number) =>
      (SENTENCES[(index + at) % SENTENCES.length] as string)
        .replaceAll('{n}', String((seed * 7 + at) % 97))
        .replaceAll('{t}', `acme-${run}-${index}`)
        .replaceAll('{d}', String(10 + (seed % 19)))
        .replaceAll('{h}', ((seed * 2654435761 + at) >>> 0).toString(16).padStart(8, '0'));
    const tenant = {
      tenant_id: `tenant-acme-${run}-${index}`,
      dashboard_status: 'degraded',
      latest_dashboard_at: `2026-11-${10 + (seed % 19)}T09:${10 + (run % 50)}:00Z`,
      blockers: [text(0), text(1), text(2), text(3)],
      dashboard_boundary: `${text(4)} ${text(5)}`,
      notes: { first: text(6), second: text(7) },
    };
    bytes += JSON.stringify(tenant).length + 1;
    tenants.push(tenant);
  }
  return { tenants };
}

/** Fresh documents: each call takes the next one, so no run sees the previous run's data. */
export function freshDocuments(size: number, count: number) {
  const documents = Array.from({ length: count }, (_, run) => operatingDocument(size, run));
  const texts = documents.map((document) => JSON.stringify(document, null, 1));
  let next = 0;
  return {
    bytes: texts[0]?.length ?? 0,
    next: () => {
      next = (next + 1) % count;
      return { document: documents[next], text: texts[next] as string };
    },
  };
}
