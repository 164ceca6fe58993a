import { type JsonSchema, type OperationName, REGISTRY } from '@cavra/contracts';
import { type AnyContract, DOCUMENT_KINDS, type DocumentKind } from '@cavra/contracts-core';

export type { JsonSchema, OperationName };
export { DOCUMENT_KINDS, type DocumentKind };

/**
 * One operation this API serves: the contract object its package exports (everything about
 * the contract is read from it, `contract.spec` included), and what only the HTTP layer needs.
 */
export interface OperationEntry {
  /** The contract. */
  readonly contract: AnyContract;
  /** The npm package that publishes the contract (named in the OpenAPI document). */
  readonly packageName: string;
  /** Path of the compatibility route of the reference implementation's API. */
  readonly compatPath: string;
  /** The JSON Schema of each document, as the package ships it (bundled, so no file is read). */
  readonly schemas: Readonly<Record<DocumentKind, JsonSchema>>;
}

/** Every operation this API serves: the registry of `@cavra/contracts`, in its order. */
export const OPERATIONS: readonly OperationEntry[] = freezeEntries(
  REGISTRY.map(({ contract, jsonSchemas }) => ({
    contract,
    packageName: contract.declaration.packageName,
    compatPath: contract.declaration.compatibility.path,
    schemas: jsonSchemas,
  })),
);

/** The contracts of {@link OPERATIONS}, in the same order. */
export const CONTRACTS: readonly AnyContract[] = Object.freeze(
  OPERATIONS.map((entry) => entry.contract),
);

/** The operation names, in order. */
export const OPERATION_NAMES: readonly OperationName[] = Object.freeze(
  OPERATIONS.map((entry) => entry.contract.spec.operation as OperationName),
);

/**
 * Looks an operation up by name.
 *
 * @param name Any string, e.g. a path segment.
 * @returns The operation, or `undefined` for a name no contract declares.
 */
export function findOperation(name: string): OperationEntry | undefined {
  return OPERATIONS.find((entry) => entry.contract.spec.operation === name);
}

function freezeEntries(entries: readonly OperationEntry[]): readonly OperationEntry[] {
  return Object.freeze(
    entries.map((entry) =>
      Object.freeze({ ...entry, schemas: Object.freeze({ ...entry.schemas }) }),
    ),
  );
}
