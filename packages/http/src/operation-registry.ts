import {
  type JsonSchema,
  type OperationName,
  PUBLISHED_CONTRACTS,
  REGISTRY,
} from '@cavra/contracts';
import {
  type AnyContract,
  DOCUMENT_KINDS,
  type DocumentKind,
  versionTagOf,
} from '@cavra/contracts-core';

export type { JsonSchema, OperationName };
export { DOCUMENT_KINDS, type DocumentKind, PUBLISHED_CONTRACTS };

/** One published schema version of an operation. */
export interface OperationVersion {
  /** The version tag, `v1`, `v2`. */
  readonly tag: string;
  /** The contract of that version. */
  readonly contract: AnyContract;
  /** The JSON Schema of each document of that version, as the package ships it. */
  readonly schemas: Readonly<Record<DocumentKind, JsonSchema>>;
}

/**
 * One operation this API serves: the contract object its package exports (everything about
 * the contract is read from it, `contract.spec` included), and what only the HTTP layer needs.
 */
export interface OperationEntry {
  /** The contract, at its newest version. */
  readonly contract: AnyContract;
  /** Every published version, oldest first; the last is the newest. */
  readonly versions: readonly OperationVersion[];
  /** The npm package that publishes the contract (named in the OpenAPI document). */
  readonly packageName: string;
  /** Path of the compatibility route of the reference implementation's API. */
  readonly compatPath: string;
  /** The JSON Schema of each document of the newest version, as the package ships it (bundled, so no file is read). */
  readonly schemas: Readonly<Record<DocumentKind, JsonSchema>>;
}

/** Every operation this API serves: the registry of `@cavra/contracts`, in its order. */
export const OPERATIONS: readonly OperationEntry[] = freezeEntries(
  REGISTRY.map(({ contract, jsonSchemas, versions }) => ({
    contract,
    versions: versions.map((version) =>
      Object.freeze({
        tag: versionTagOf(version.contract.declaration.versions),
        contract: version.contract,
        schemas: Object.freeze({ ...version.jsonSchemas }),
      }),
    ),
    packageName: contract.declaration.packageName,
    compatPath: contract.declaration.compatibility.path,
    schemas: jsonSchemas,
  })),
);

/** The contracts of {@link OPERATIONS}, in the same order. */
export const CONTRACTS: readonly AnyContract[] = Object.freeze(
  OPERATIONS.map((entry) => entry.contract),
);

/**
 * Picks a published version of an operation.
 *
 * @param entry The operation.
 * @param tag A version tag (`v1`), or `undefined` for the newest.
 * @returns The version, or `undefined` when the operation publishes no such version.
 */
export function findVersion(
  entry: OperationEntry,
  tag: string | undefined,
): OperationVersion | undefined {
  return tag === undefined
    ? entry.versions.at(-1)
    : entry.versions.find((version) => version.tag === tag);
}

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
      Object.freeze({
        ...entry,
        versions: Object.freeze([...entry.versions]),
        schemas: Object.freeze({ ...entry.schemas }),
      }),
    ),
  );
}
