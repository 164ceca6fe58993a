import {
  type AnyContract,
  ContractError,
  type ContractIssue,
  type DocumentKind,
  documentKindOf,
  findSensitiveMaterial,
  isRecord,
  SCHEMA_VERSIONS,
  toContractError,
  toGuardIssues,
} from '@cavra/contracts-core';

/** What a document says it is, before it is validated. */
export interface DocumentRecognition<TContract extends AnyContract = AnyContract> {
  /** The kind its `schema_version` names, or `null` when that is no published version. */
  readonly kind: DocumentKind | null;
  /** The contract its `operation` names, or `null` when no listed contract has it. */
  readonly contract: TContract | null;
}

/**
 * Finds the contract of an operation in a list of contracts, which may hold several
 * versions of one operation.
 *
 * @param contracts The contracts to look in.
 * @param operation Any value, e.g. the `operation` of an untrusted document.
 * @param schemaVersion The document's `schema_version`, if known: among the contracts of the
 *   operation, the one publishing that version is preferred; otherwise the first listed.
 * @returns The contract, or `undefined`. A name such as `toString` matches nothing: only
 *   the listed operations are compared.
 */
export function findContract<TContract extends AnyContract>(
  contracts: readonly TContract[],
  operation: unknown,
  schemaVersion?: unknown,
): TContract | undefined {
  if (typeof operation !== 'string') return undefined;
  const candidates = contracts.filter((contract) => contract.spec.operation === operation);
  return (
    candidates.find(
      (contract) =>
        contract.declaration.versions.request === schemaVersion ||
        contract.declaration.versions.response === schemaVersion,
    ) ?? candidates[0]
  );
}

/**
 * Recognises a document by its `schema_version` (the kind, in any published version) and
 * its `operation` (the contract; of several versions of it, the one of that `schema_version`). Nothing is validated: use {@link validateDocument} for that. Only own data
 * properties are read, so a getter or proxy in the input runs no code here, and inherited
 * values count for nothing.
 *
 * @param contracts The contracts a document may belong to.
 * @param document Any value, e.g. parsed JSON.
 * @returns The kind and the contract, each `null` when not recognised; never throws.
 */
export function recognizeDocument<TContract extends AnyContract>(
  contracts: readonly TContract[],
  document: unknown,
): DocumentRecognition<TContract> {
  const schemaVersion = ownValue(document, 'schema_version');
  return {
    kind: documentKindOf(schemaVersion),
    contract: findContract(contracts, ownValue(document, 'operation'), schemaVersion) ?? null,
  };
}

/** The value of an own data property of an object; `undefined` otherwise or when reading fails. */
function ownValue(value: unknown, key: string): unknown {
  try {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    return descriptor !== undefined && 'value' in descriptor ? descriptor.value : undefined;
  } catch {
    // A revoked proxy throws on any inspection.
    return undefined;
  }
}

/** The outcome of {@link validateDocument}. */
export type DocumentValidation<TContract extends AnyContract = AnyContract> =
  | {
      readonly valid: true;
      /** The kind its `schema_version` names. */
      readonly kind: DocumentKind;
      /** The contract its `operation` names. */
      readonly contract: TContract;
      /** The document as that contract's parser returns it. */
      readonly output: unknown;
    }
  | {
      readonly valid: false;
      /** The kind, when the document's `schema_version` names one. */
      readonly kind: DocumentKind | null;
      /** The contract, when the document's `operation` names a listed one. */
      readonly contract: TContract | null;
      /** The issues with their JSON path, at most 100; never quotes a detected secret. */
      readonly issues: readonly ContractIssue[];
      /** How many more issues were found than `issues` lists. */
      readonly truncated: number;
      /** `true` when checking stopped early: `truncated` is then a lower bound. */
      readonly incomplete: boolean;
    };

/**
 * Validates a request or response of any of several contracts: its `schema_version`
 * picks the kind, its `operation` picks the contract, and that contract's strict parser
 * decides. When the kind or the contract is not recognised, the issues say which (the
 * operation issue lists the known operations, never the value received) and the document
 * is still searched for sensitive material, so a secret is reported wherever it sits.
 *
 * @param contracts The contracts a document may belong to; their order is the order the
 *   operation issue lists them in.
 * @param document Any value, e.g. parsed JSON.
 * @returns The outcome; never throws, whatever the input holds (cycles, getters, proxies).
 */
export function validateDocument<TContract extends AnyContract>(
  contracts: readonly TContract[],
  document: unknown,
): DocumentValidation<TContract> {
  const { kind, contract } = recognizeDocument(contracts, document);
  if (!isRecord(document)) {
    return invalid(kind, contract, [
      { path: '', message: 'document must be a JSON object', rule: 'object' },
    ]);
  }
  if (kind !== null && contract !== null) {
    const result =
      kind === 'request'
        ? contract.safeParseRequest(document)
        : contract.safeParseResponse(document);
    return result.success
      ? { valid: true, kind, contract, output: result.output }
      : invalid(kind, contract, result.error);
  }
  const issues: ContractIssue[] = [];
  if (kind === null) {
    issues.push({
      path: 'schema_version',
      message: `schema_version must be ${orList(SCHEMA_VERSIONS.flatMap((known) => [known.request, known.response]))}`,
      rule: 'schema_version',
    });
  }
  if (contract === null) {
    // Several versions of one operation name it once.
    const names = [...new Set(contracts.map((known) => known.spec.operation))];
    issues.push({
      path: 'operation',
      message: `operation must be one of: ${names.join(', ')}`,
      rule: 'operation',
    });
  }
  try {
    issues.push(...toGuardIssues(findSensitiveMaterial(document)));
  } catch (caught) {
    // The guard reads the input, which may run code (getters, proxies) that throws.
    issues.push(...toContractError(caught, 'invalid document').issues);
  }
  return invalid(kind, contract, issues);
}

function invalid<TContract extends AnyContract>(
  kind: DocumentKind | null,
  contract: TContract | null,
  found: readonly ContractIssue[] | ContractError,
): DocumentValidation<TContract> {
  // A ContractError keeps at most 100 issues and counts the rest.
  const error = ContractError.isInstance(found)
    ? found
    : new ContractError('invalid document', found);
  const { issues, truncated, incomplete } = error;
  return { valid: false, kind, contract, issues, truncated, incomplete };
}

function orList(names: readonly string[]): string {
  return `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}
