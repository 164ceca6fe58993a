import type { AnyContract } from '@cavra/contracts-core';

/** A registered operation, as far as {@link compatContractOf} reads it. */
export interface CompatSource {
  /** The contract at its newest version. */
  readonly contract: AnyContract;
  /** Every published version, oldest first. */
  readonly versions: readonly { readonly contract: AnyContract }[];
}

/**
 * The contract the reference implementation's surfaces speak for one registered operation
 * (`saas …` commands, `/saas/…` routes, the contract listing): its first published schema
 * version. The reference answers in v1 for every operation, so a client written against it
 * keeps reading the documents it knows when a newer version becomes the default.
 *
 * @param entry A registry entry (`REGISTRY` of `@cavra/contracts`) or one shaped like it.
 * @returns The contract of its first published version.
 */
export function compatContractOf(entry: CompatSource): AnyContract {
  return entry.versions[0]?.contract ?? entry.contract;
}
