import type { AnyContract } from '@cavra/contracts-core';
import { REGISTRY } from '../registry.js';

/**
 * The contracts the reference implementation's surfaces speak (`saas …` commands, `/saas/…`
 * routes, the contract listing): each operation at its first published schema version, in
 * registry order. The reference answers in v1 for every operation, so a client written
 * against it keeps reading the documents it knows when a newer version becomes the default.
 */
export const COMPAT_CONTRACTS: readonly AnyContract[] = Object.freeze(
  REGISTRY.map((entry) => entry.versions[0]?.contract ?? entry.contract),
);
