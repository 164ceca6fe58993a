import { type JsonSchema, PUBLISHED_CONTRACTS, REGISTRY } from '@cavra/contracts';
import { type AnyContract, versionTagOf } from '@cavra/contracts-core';

/** One published schema version of an operation: its tag, contract and JSON Schema files. */
export interface CliVersion {
  /** The version tag, `v1`, `v2`. */
  readonly tag: string;
  /** The contract of that version. */
  readonly contract: AnyContract;
  /** The JSON Schema of each document of that version, as the package ships it. */
  readonly jsonSchemas: { readonly request: JsonSchema; readonly response: JsonSchema };
}

/**
 * One operation as the CLI serves it: the contract (every command reads it, `contract.spec`
 * included), and the package that holds it, where `schema` finds the shipped JSON Schema files.
 */
export interface CliOperation {
  /** The contract, at its newest version. */
  readonly contract: AnyContract;
  /** Every published version, oldest first. */
  readonly versions: readonly CliVersion[];
  /** The npm package that holds the contract and ships `schema/<kind>.vN.json`. */
  readonly packageName: string;
  /** The JSON Schema of each document of the newest version, as the package ships it. */
  readonly jsonSchemas: { readonly request: JsonSchema; readonly response: JsonSchema };
}

/** Every operation the CLI knows: the registry of `@cavra/contracts`, in its order. */
export const OPERATIONS: readonly CliOperation[] = REGISTRY.map(
  ({ contract, jsonSchemas, versions }) => ({
    contract,
    versions: versions.map((version) => ({
      tag: versionTagOf(version.contract.declaration.versions),
      contract: version.contract,
      jsonSchemas: version.jsonSchemas,
    })),
    packageName: contract.declaration.packageName,
    jsonSchemas,
  }),
);

/** The contracts of {@link OPERATIONS} at their newest version, in the same order. */
export const CONTRACTS: readonly AnyContract[] = OPERATIONS.map((entry) => entry.contract);

/** Every published version of every contract: what `validate`, `check` and `report` read. */
export { PUBLISHED_CONTRACTS };

/**
 * Finds an operation by name.
 *
 * @param name The operation name, e.g. `support_handoff_readiness`.
 * @returns The operation, or `undefined` for an unknown name.
 */
export function findOperation(name: unknown): CliOperation | undefined {
  return OPERATIONS.find((entry) => entry.contract.spec.operation === name);
}

/** The operation names, in order. */
export const OPERATION_NAMES: readonly string[] = CONTRACTS.map(
  (contract) => contract.spec.operation,
);
