import type { AnyContract } from '@cavra/contracts-core';
import { OPERATIONS } from '@cavra/contracts-http';

/** Options of {@link demoFleet}. */
export interface DemoFleetOptions {
  /** Tenants per operation. */
  readonly tenantsPerOperation: number;
  /** Seed of the made-up statuses; a new seed gives a new fleet (new tenants, blockers, ids). */
  readonly seed: number;
  /** Whether every third document is a `{request, response}` pair; default `true`. */
  readonly pairs?: boolean;
}

const PLACES = ['northwind', 'harbor', 'lumen', 'cedar', 'atlas', 'meridian', 'juniper', 'quarry'];

/**
 * Builds a synthetic fleet of responses for every registered contract, with the contracts'
 * own builders: made-up tenants whose statuses are mostly healthy, some needing attention,
 * a few blocked (with a blocker). Every third document is a `{request, response}` pair
 * unless `pairs` is `false`.
 * The same seed gives the same fleet; nothing names a contract by hand.
 *
 * @param options Tenants per operation and seed.
 * @returns The documents, one JSON value each.
 */
export function demoFleet(options: DemoFleetOptions): unknown[] {
  const random = seeded(options.seed);
  const documents: unknown[] = [];
  OPERATIONS.forEach(({ contract }, operationIndex) => {
    for (let index = 0; index < options.tenantsPerOperation; index++) {
      const place = PLACES[(index + operationIndex) % PLACES.length] as string;
      const tenant = `tenant-${place}-${options.seed}-${operationIndex}-${index}`;
      documents.push(
        tenantDocument(contract, tenant, random, documents.length, options.pairs ?? true),
      );
    }
  });
  return documents;
}

function tenantDocument(
  contract: AnyContract,
  tenant: string,
  random: () => number,
  serial: number,
  pairs: boolean,
): unknown {
  const { spec } = contract;
  const correlation = `saas-${(serial + Math.floor(random() * 1e9)).toString(16).padStart(12, '0').slice(-12)}`;
  const request = contract.buildRequest(tenant, { correlation_id: correlation });
  const best = spec.severity.length - 1;
  const summary: Record<string, unknown> = {};
  const blockers: string[] = [];
  const fields = [...(spec.overallFields ?? []), ...Object.values(spec.checkFields)];
  for (const field of fields) {
    if (field === null) continue;
    const roll = random();
    // Mostly the healthiest statuses; a few at the worst.
    const rank =
      roll < 0.03
        ? 0
        : roll < 0.25
          ? 1 + Math.floor(random() * (best - 1))
          : best - Math.floor(random() * 2);
    const status = spec.severity[Math.max(0, Math.min(best, rank))] as string;
    summary[field] = status;
    if (rank === 0)
      blockers.push(`${field} is ${status}: owner review ${Math.floor(random() * 1000)} pending`);
  }
  summary['blockers'] = blockers;
  const response = contract.buildResponse(request, summary);
  return pairs && serial % 3 === 0 ? { request, response } : response;
}

/** A small deterministic pseudo-random generator (mulberry32). */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Lays documents out as NDJSON text.
 *
 * @param documents JSON values.
 * @returns One compact JSON document per line.
 */
export function toNdjson(documents: readonly unknown[]): string {
  return `${documents.map((document) => JSON.stringify(document)).join('\n')}\n`;
}
