import { type JsonSchema, REGISTRY } from '@cavra/contracts';
import type { AnyContract } from '@cavra/contracts-core';

/**
 * One operation as the CLI serves it: the contract (every command reads it, `contract.spec`
 * included), and the package that holds it, where `schema` finds the shipped JSON Schema files.
 */
export interface CliOperation {
  /** The contract. */
  readonly contract: AnyContract;
  /** The npm package that holds the contract and ships `schema/<kind>.v1.json`. */
  readonly packageName: string;
  /** The JSON Schema of each document, as the package ships it. */
  readonly jsonSchemas: { readonly request: JsonSchema; readonly response: JsonSchema };
}

/** Every operation the CLI knows: the registry of `@cavra/contracts`, in its order. */
export const OPERATIONS: readonly CliOperation[] = REGISTRY.map(({ contract, jsonSchemas }) => ({
  contract,
  packageName: contract.declaration.packageName,
  jsonSchemas,
}));

/** The contracts of {@link OPERATIONS}, in the same order. */
export const CONTRACTS: readonly AnyContract[] = OPERATIONS.map((entry) => entry.contract);

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
