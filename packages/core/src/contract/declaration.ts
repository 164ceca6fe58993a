import type { SchemaVersions } from '../v1/versions.js';
import type { StatusVocabulary } from '../vocabulary/vocabularies.js';
import type { CheckFieldTable } from './check-fields.js';

/**
 * One payload or summary field, by its kind:
 * - `label`: a short single-line text (scope, window, cadence, tier); a front end offers one
 *   option per label;
 * - `text`: free text; `boundary` is the text field whose default is the contract's boundary;
 * - `identifier`: a trimmed, guard-clean identifier (a reference, an owner), never a URL;
 * - `timestamp`: an RFC 3339 timestamp or `null` (default `null`);
 * - `list`: the operation's checks (`of: 'checks'`, non-empty, no duplicates, default every
 *   check) or single-line entries (`of: 'lines'`, the blockers, default none); a checks list
 *   with `within` may name only checks that the list field of that name (in the same object)
 *   names, e.g. `worker_targets` within `required_checks`;
 * - `status`: one status of the contract's vocabulary, or of `values` when given;
 * - `flag`: the constant `true` (`private_validation_required`).
 */
export type FieldDeclaration =
  | { readonly kind: 'label' | 'text' | 'identifier'; readonly default?: string }
  | { readonly kind: 'boundary' | 'timestamp' | 'flag' }
  | { readonly kind: 'list'; readonly of: 'lines' }
  | { readonly kind: 'list'; readonly of: 'checks'; readonly within?: string }
  | { readonly kind: 'status'; readonly values?: readonly string[]; readonly default?: string };

/** A summary field that is the request payload's field of the same name, copied from the request. */
export type InheritedField = 'request';

/** Where a contract is served in the reference implementation's own API. */
export interface CompatibilityRoute {
  /** HTTP path, e.g. `/saas/customer-operating-dashboard`. */
  readonly path: string;
  /** Command-line words after the program name, where the reference has a command. */
  readonly command?: readonly string[];
}

/**
 * Everything a contract declares, and nothing derived: {@link defineContract} builds the
 * schemas, builders, parsers, rollup and description from it. The summary holds `tenant_id`,
 * then the status fields (overall fields, then each check's), then the declared `summary`
 * fields in order; a declared field named like a status field refines it in place.
 */
export interface ContractDeclaration {
  /** The npm package that publishes the contract. */
  readonly packageName: string;
  /** The schema versions its documents carry (core's `V1`). */
  readonly versions: SchemaVersions;
  /** The operation name. */
  readonly operation: string;
  /** The operation in words, for messages (`customer operating dashboard`). */
  readonly title: string;
  /** Check → summary status field (or `null`), in contract order. */
  readonly checks: CheckFieldTable;
  /** Summary status fields that count in the rollup besides the checks' (`automation_status`). */
  readonly overallFields?: readonly string[];
  /** The summary's status vocabulary (core's `READINESS` or `AUTOMATION`). */
  readonly vocabulary: StatusVocabulary;
  /** The private modules a real evaluation needs, in order. */
  readonly privateModules: readonly string[];
  /** What the public contract does and does not do (default of the `boundary` field). */
  readonly boundary: string;
  /** The request payload fields, in wire order. */
  readonly payload: Readonly<Record<string, FieldDeclaration>>;
  /** The summary fields after the status fields, in wire order. */
  readonly summary: Readonly<Record<string, FieldDeclaration | InheritedField>>;
  /** The reference implementation's route and command of this contract. */
  readonly compatibility: CompatibilityRoute;
}
