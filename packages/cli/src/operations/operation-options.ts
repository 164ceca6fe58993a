import { compatFields, summaryStatusDefault } from '@cavra/contracts';
import {
  type AnyContract,
  DEFAULT_REQUESTED_BY,
  DEFAULT_RESPONSE_STATUS,
  describeContract,
  RESPONSE_STATUSES,
  type ResponseStatus,
} from '@cavra/contracts-core';
import type { ArgsDef } from 'citty';
import type { ParsedCommandLine } from '../argv.js';
import { usageError } from '../cli-error.js';
import type { WireDocument } from '../document/wire-document.js';
import {
  BLOCKERS_FIELD,
  listOptionName,
  operationFields,
  optionName,
  REQUIRED_CHECKS_FIELD,
} from './operation-fields.js';
import { CONTRACTS, OPERATION_NAMES } from './registry.js';

/** The option that lists `required_checks`: its field name in kebab-case and singular. */
export const REQUIRED_CHECK_OPTION = listOptionName(REQUIRED_CHECKS_FIELD);

/** The option that lists `blockers`: its field name in kebab-case and singular. */
export const BLOCKER_OPTION = listOptionName(BLOCKERS_FIELD);

/** An option that only some operations take. */
interface OperationOption {
  readonly field: string;
  readonly operations: readonly string[];
}

/** Options of `request` that every operation takes. */
const COMMON_REQUEST_ARGS: ArgsDef = {
  operation: {
    type: 'positional',
    description: `The operation: ${OPERATION_NAMES.join(', ')}`,
    required: true,
  },
  tenant_id: { type: 'positional', description: 'The tenant identifier', required: true },
  'requested-by': {
    type: 'string',
    description: `Who asks (default ${DEFAULT_REQUESTED_BY})`,
    valueHint: 'id',
  },
  'correlation-id': {
    type: 'string',
    description: 'Reuse this correlation id (saas- and 12 hex digits) (default a fresh one)',
    valueHint: 'id',
  },
  [REQUIRED_CHECK_OPTION]: {
    type: 'string',
    description: 'A check to require; repeat it, the order is kept (default: every check)',
    valueHint: 'check',
  },
};

/** Options of `respond` beyond the request's that every operation takes. */
const COMMON_RESPONSE_ARGS: ArgsDef = {
  [BLOCKER_OPTION]: {
    type: 'string',
    description: 'A blocker of the summary; repeat it for more (default none)',
    valueHint: 'text',
  },
  'response-status': {
    type: 'string',
    description: `The response status: ${RESPONSE_STATUSES.join(', ')} (default ${DEFAULT_RESPONSE_STATUS})`,
    valueHint: 'status',
  },
};

function collect(pick: (contract: AnyContract) => readonly string[]): OperationOption[] {
  const byField = new Map<string, string[]>();
  for (const contract of CONTRACTS) {
    for (const field of pick(contract)) {
      byField.set(field, [...(byField.get(field) ?? []), contract.spec.operation]);
    }
  }
  return [...byField].map(([field, operations]) => ({ field, operations }));
}

function scopeOptions(): OperationOption[] {
  return collect((contract) => operationFields(contract).scopeFields);
}

function checkListOptions(): OperationOption[] {
  return collect((contract) => operationFields(contract).checkListFields);
}

function summaryOptions(): OperationOption[] {
  return [
    ...collect((contract) => operationFields(contract).statusFields),
    ...collect((contract) => operationFields(contract).summaryOnlyFields),
  ];
}

/** The contracts an option applies to. */
function contractsOf(option: OperationOption): AnyContract[] {
  return CONTRACTS.filter((contract) => option.operations.includes(contract.spec.operation));
}

/** The declaration of an option's payload field, as its first contract declares it. */
function payloadEntry(option: OperationOption) {
  return contractsOf(option)[0]?.declaration.payload[option.field];
}

function isStatusField(option: OperationOption): boolean {
  return payloadEntry(option)?.kind === 'status';
}

function describeScope(option: OperationOption): string {
  const [contract] = contractsOf(option);
  const entry = payloadEntry(option);
  const values = entry?.kind === 'status' && entry.values ? `: ${entry.values.join(', ')}` : '';
  const fallback = contract && describeContract(contract).request.payload_defaults[option.field];
  return `${option.field} of ${option.operations.join(', ')}${values} (default ${String(fallback)})`;
}

function describeCheckList(option: OperationOption): string {
  const entry = payloadEntry(option);
  const within = entry?.kind === 'list' && entry.of === 'checks' ? entry.within : undefined;
  const limit = within ? `, one of ${within}` : '';
  const fallback = within ? `every check of ${within}` : 'every check';
  return `A check of ${option.field} of ${option.operations.join(', ')}${limit}; repeat it (default: ${fallback})`;
}

/** The default a summary field that is not a status takes when left out (`none` for null). */
function summaryFieldDefault(contract: AnyContract, field: string): string {
  const fallback = compatFields(contract).find((entry) => entry.name === field)?.default;
  return fallback === null || fallback === undefined ? 'none' : String(fallback);
}

function describeSummaryField(option: OperationOption): string {
  const contracts = contractsOf(option);
  const isStatus = contracts.every((contract) =>
    operationFields(contract).statusFields.includes(option.field),
  );
  const defaults = [
    ...new Set(contracts.map((entry) => summaryStatusDefault(entry, option.field))),
  ];
  const others = [...new Set(contracts.map((entry) => summaryFieldDefault(entry, option.field)))];
  const values = isStatus
    ? `: ${contracts[0]?.spec.statuses.join(', ')} (default ${defaults.join(' or ')})`
    : ` (default ${others.join(' or ')})`;
  return `${option.field} of ${option.operations.join(', ')}${values}`;
}

/**
 * The arguments of `request`: the operation and tenant, the envelope options, every
 * operation's scope options (kebab-case of its payload labels and statuses) and its
 * repeated options of further check lists (`--worker-target`).
 *
 * @returns The citty argument definitions.
 */
export function requestArgs(): ArgsDef {
  const scopes = Object.fromEntries(
    scopeOptions().map((option) => [
      optionName(option.field),
      {
        type: 'string' as const,
        description: describeScope(option),
        valueHint: isStatusField(option) ? 'status' : 'label',
      },
    ]),
  );
  const lists = Object.fromEntries(
    checkListOptions().map((option) => [
      listOptionName(option.field),
      { type: 'string' as const, description: describeCheckList(option), valueHint: 'check' },
    ]),
  );
  return { ...COMMON_REQUEST_ARGS, ...scopes, ...lists };
}

/**
 * The arguments of `respond`: those of `request`, one option per summary status field
 * (kebab-case), the blockers, the other summary fields and the response status.
 *
 * @returns The citty argument definitions.
 */
export function respondArgs(): ArgsDef {
  const summary = Object.fromEntries(
    summaryOptions().map((option) => [
      optionName(option.field),
      { type: 'string' as const, description: describeSummaryField(option), valueHint: 'value' },
    ]),
  );
  return { ...requestArgs(), ...summary, ...COMMON_RESPONSE_ARGS };
}

/**
 * Checks that every operation-specific option given belongs to the chosen operation.
 *
 * @param contract The chosen operation's contract.
 * @param commandLine The checked command line.
 * @param command The command name, for the `--help` hint.
 * @throws {CliError} exit code 2 naming the first option that does not apply.
 */
export function assertOptionsApply(
  contract: AnyContract,
  commandLine: ParsedCommandLine,
  command: string,
): void {
  const { operation } = contract.spec;
  const named = [
    ...[...scopeOptions(), ...summaryOptions()].map((option) => ({
      option,
      name: optionName(option.field),
    })),
    ...checkListOptions().map((option) => ({ option, name: listOptionName(option.field) })),
  ];
  for (const { option, name } of named) {
    if (commandLine.options.has(name) && !option.operations.includes(operation)) {
      throw usageError(
        `option --${name} does not apply to ${operation} (it is for ${option.operations.join(', ')})`,
        command,
      );
    }
  }
}

/** The last value of a single-valued option. */
function lastValue(commandLine: ParsedCommandLine, name: string): string | undefined {
  const values = commandLine.options.get(name);
  return values?.[values.length - 1];
}

/**
 * Builds a request from the command line with the operation's builder.
 *
 * @param contract The operation's contract.
 * @param tenantId The tenant identifier.
 * @param commandLine The checked command line.
 * @returns The request.
 * @throws {ContractError} when a value breaks the contract.
 */
export function buildRequestFromOptions(
  contract: AnyContract,
  tenantId: string,
  commandLine: ParsedCommandLine,
): WireDocument {
  const given: Record<string, unknown> = {
    requested_by: lastValue(commandLine, 'requested-by'),
    correlation_id: lastValue(commandLine, 'correlation-id'),
  };
  for (const field of operationFields(contract).scopeFields) {
    given[field] = lastValue(commandLine, optionName(field));
  }
  const checks = commandLine.options.get(REQUIRED_CHECK_OPTION);
  if (checks) given[REQUIRED_CHECKS_FIELD] = [...checks];
  for (const field of operationFields(contract).checkListFields) {
    const listed = commandLine.options.get(listOptionName(field));
    if (listed) given[field] = [...listed];
  }
  return contract.buildRequest(tenantId, given) as WireDocument;
}

/**
 * Builds the response to a request from the command line: each status option (default the
 * status the declaration gives the field, else `unknown`), the blockers and the other
 * summary fields. The fields the summary shares with the request's payload (scopes,
 * boundary) the contract's builder copies from it.
 *
 * @param contract The operation's contract.
 * @param request The request built from the same command line.
 * @param commandLine The checked command line.
 * @returns The response.
 * @throws {ContractError} when a value breaks the contract.
 */
export function buildResponseFromOptions(
  contract: AnyContract,
  request: WireDocument,
  commandLine: ParsedCommandLine,
): WireDocument {
  const fields = operationFields(contract);
  const summary: Record<string, unknown> = {};
  for (const field of fields.statusFields) {
    summary[field] =
      lastValue(commandLine, optionName(field)) ?? summaryStatusDefault(contract, field);
  }
  for (const field of fields.summaryOnlyFields) {
    summary[field] = lastValue(commandLine, optionName(field));
  }
  summary[BLOCKERS_FIELD] = [...(commandLine.options.get(BLOCKER_OPTION) ?? [])];
  const status = lastValue(commandLine, 'response-status') as ResponseStatus | undefined;
  return contract.buildResponse(request, summary, { status }) as WireDocument;
}
