import {
  type AnyContract,
  DEFAULT_REQUESTED_BY,
  DEFAULT_SUMMARY_STATUS,
  describeContract,
  type FieldDeclaration,
} from '@cavra/contracts-core';

/** The envelope option the reference's surfaces read besides the tenant. */
const REQUESTED_BY = 'requested_by';

/**
 * One field of a flat compatibility input (an HTTP body, a command line), as the reference
 * implementation's surfaces read it.
 */
export interface CompatField {
  /** The wire name, e.g. `automation_status`. */
  readonly name: string;
  /** The document it goes into: the request (envelope option or payload) or the summary. */
  readonly target: 'request' | 'summary';
  /** The declared kind (`identifier` for `requested_by`). */
  readonly kind: FieldDeclaration['kind'];
  /** What a list field lists (`checks` or blocker `lines`), one command-line value per entry; `null` for a single value. */
  readonly list: 'checks' | 'lines' | null;
  /** The allowed values of a status field, in vocabulary order; empty for other kinds. */
  readonly values: readonly string[];
  /** What applies when the field is left out (a summary status field gets it filled in). */
  readonly default: unknown;
}

/**
 * Lists the fields a compatibility surface reads for a contract, in the reference's order:
 * `requested_by`, the payload fields (not the boundary text, which stays the contract's),
 * then the summary's status fields and the summary's own fields (not those copied from the
 * request, not the constant flag, not the boundary). Everything is read from the declaration.
 *
 * @param contract The contract.
 * @returns The fields, without `tenant_id` (which every surface takes first).
 */
export function compatFields(contract: AnyContract): readonly CompatField[] {
  const { declaration, spec } = contract;
  const payloadDefaults = describeContract(contract).request.payload_defaults;
  const fields: CompatField[] = [
    field(REQUESTED_BY, 'request', { kind: 'identifier' }, [], DEFAULT_REQUESTED_BY),
  ];
  for (const [name, entry] of Object.entries(declaration.payload)) {
    if (entry.kind === 'boundary') continue;
    fields.push(
      field(name, 'request', entry, statusValues(contract, entry), payloadDefaults[name]),
    );
  }
  for (const name of spec.statusFields) {
    if (Object.hasOwn(declaration.summary, name)) continue;
    fields.push(
      field(
        name,
        'summary',
        { kind: 'status' },
        spec.statuses,
        summaryStatusDefault(contract, name),
      ),
    );
  }
  for (const [name, entry] of Object.entries(declaration.summary)) {
    if (entry === 'request' || entry.kind === 'flag' || entry.kind === 'boundary') continue;
    const fallback =
      entry.kind === 'status' ? summaryStatusDefault(contract, name) : defaultOf(entry);
    fields.push(field(name, 'summary', entry, statusValues(contract, entry), fallback));
  }
  return fields;
}

/**
 * The status a front end gives a summary status field left out: the default the declaration
 * gives the field (the worker handoff's `handoff_status` is `requires_private_service`),
 * else `unknown` (no evidence).
 *
 * @param contract The contract.
 * @param name A summary status field.
 * @returns The status.
 */
export function summaryStatusDefault(contract: AnyContract, name: string): string {
  const entry = Object.hasOwn(contract.declaration.summary, name)
    ? contract.declaration.summary[name]
    : undefined;
  if (typeof entry === 'object' && entry.kind === 'status' && entry.default !== undefined) {
    return entry.default;
  }
  return DEFAULT_SUMMARY_STATUS;
}

function field(
  name: string,
  target: CompatField['target'],
  entry: FieldDeclaration,
  values: readonly string[],
  fallback: unknown,
): CompatField {
  return Object.freeze({
    name,
    target,
    kind: entry.kind,
    list: entry.kind === 'list' ? entry.of : null,
    values,
    default: fallback,
  });
}

function statusValues(contract: AnyContract, entry: FieldDeclaration): readonly string[] {
  if (entry.kind !== 'status') return [];
  return entry.values ?? contract.spec.statuses;
}

/** The default of a summary field that is not a status (lists and timestamps have fixed ones). */
function defaultOf(entry: FieldDeclaration): unknown {
  if (entry.kind === 'list') return [];
  if (entry.kind === 'timestamp') return null;
  return 'default' in entry ? entry.default : undefined;
}
