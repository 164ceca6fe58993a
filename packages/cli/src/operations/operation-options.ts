import {
  DEFAULT_REQUESTED_BY,
  DEFAULT_RESPONSE_STATUS,
  RESPONSE_STATUSES,
  type ResponseStatus,
} from '@cavra/contracts-core';
import type { ArgsDef } from 'citty';
import type { ParsedCommandLine } from '../argv.js';
import { usageError } from '../cli-error.js';
import type { OperationContract, WireDocument } from './operation-contract.js';
import {
  BLOCKERS_FIELD,
  operationFields,
  optionName,
  REQUIRED_CHECKS_FIELD,
} from './operation-fields.js';
import { OPERATION_NAMES, OPERATIONS } from './registry.js';

/** The status a summary field gets when its option is left out. */
export const DEFAULT_FIELD_STATUS = 'unknown';

/** The option that lists `required_checks`: its field name in kebab-case and singular. */
export const REQUIRED_CHECK_OPTION = optionName(REQUIRED_CHECKS_FIELD).replace(/s$/, '');

/** The option that lists `blockers`: its field name in kebab-case and singular. */
export const BLOCKER_OPTION = optionName(BLOCKERS_FIELD).replace(/s$/, '');

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
    description: 'Reuse this correlation id (saas- and 12 hex digits) instead of a fresh one',
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
    description: 'A blocker of the summary; repeat it for more',
    valueHint: 'text',
  },
  'response-status': {
    type: 'string',
    description: `The response status: ${RESPONSE_STATUSES.join(', ')} (default ${DEFAULT_RESPONSE_STATUS})`,
    valueHint: 'status',
  },
};

function collect(pick: (operation: OperationContract) => readonly string[]): OperationOption[] {
  const byField = new Map<string, string[]>();
  for (const operation of OPERATIONS) {
    for (const field of pick(operation)) {
      byField.set(field, [...(byField.get(field) ?? []), operation.operation]);
    }
  }
  return [...byField].map(([field, operations]) => ({ field, operations }));
}

function scopeOptions(): OperationOption[] {
  return collect((operation) => operationFields(operation).scopeFields);
}

function summaryOptions(): OperationOption[] {
  return [
    ...collect((operation) => operationFields(operation).statusFields),
    ...collect((operation) => operationFields(operation).summaryOnlyFields),
  ];
}

function describeScope(option: OperationOption): string {
  const defaults = OPERATIONS.filter((operation) =>
    option.operations.includes(operation.operation),
  ).map((operation) => operation.describe().request.payload_defaults[option.field]);
  return `${option.field} of ${option.operations.join(', ')} (default ${String(defaults[0])})`;
}

function describeSummaryField(option: OperationOption): string {
  const operations = OPERATIONS.filter((operation) =>
    option.operations.includes(operation.operation),
  );
  const isStatus = operations.every((operation) =>
    operationFields(operation).statusFields.includes(option.field),
  );
  const values = isStatus
    ? `: ${operations[0]?.statuses.join(', ')} (default ${DEFAULT_FIELD_STATUS})`
    : '';
  return `${option.field} of ${option.operations.join(', ')}${values}`;
}

/**
 * The arguments of `request`: the operation and tenant, the envelope options, and every
 * operation's scope options (kebab-case of its payload labels).
 *
 * @returns The citty argument definitions.
 */
export function requestArgs(): ArgsDef {
  const scopes = Object.fromEntries(
    scopeOptions().map((option) => [
      optionName(option.field),
      { type: 'string' as const, description: describeScope(option), valueHint: 'label' },
    ]),
  );
  return { ...COMMON_REQUEST_ARGS, ...scopes };
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
 * @param operation The chosen operation.
 * @param commandLine The checked command line.
 * @param command The command name, for the `--help` hint.
 * @throws {CliError} exit code 2 naming the first option that does not apply.
 */
export function assertOptionsApply(
  operation: OperationContract,
  commandLine: ParsedCommandLine,
  command: string,
): void {
  for (const option of [...scopeOptions(), ...summaryOptions()]) {
    const name = optionName(option.field);
    if (commandLine.options.has(name) && !option.operations.includes(operation.operation)) {
      throw usageError(
        `option --${name} does not apply to ${operation.operation} (it is for ${option.operations.join(', ')})`,
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
 * @param operation The operation.
 * @param tenantId The tenant identifier.
 * @param commandLine The checked command line.
 * @returns The request.
 * @throws {ContractError} when a value breaks the contract.
 */
export function buildRequestFromOptions(
  operation: OperationContract,
  tenantId: string,
  commandLine: ParsedCommandLine,
): WireDocument {
  const given: Record<string, unknown> = {
    requested_by: lastValue(commandLine, 'requested-by'),
    correlation_id: lastValue(commandLine, 'correlation-id'),
  };
  for (const field of operationFields(operation).scopeFields) {
    given[field] = lastValue(commandLine, optionName(field));
  }
  const checks = commandLine.options.get(REQUIRED_CHECK_OPTION);
  if (checks) given[REQUIRED_CHECKS_FIELD] = [...checks];
  return operation.buildRequest(tenantId, given);
}

/**
 * Builds the response to a request from the command line: each status option (default
 * `unknown`), the blockers, the other summary fields, and the fields the summary shares
 * with the request's payload, copied from it.
 *
 * @param operation The operation.
 * @param request The request built from the same command line.
 * @param commandLine The checked command line.
 * @returns The response.
 * @throws {ContractError} when a value breaks the contract.
 */
export function buildResponseFromOptions(
  operation: OperationContract,
  request: WireDocument,
  commandLine: ParsedCommandLine,
): WireDocument {
  const fields = operationFields(operation);
  const payload = request['payload'] as Readonly<Record<string, unknown>>;
  const summary: Record<string, unknown> = {};
  for (const field of fields.statusFields) {
    summary[field] = lastValue(commandLine, optionName(field)) ?? DEFAULT_FIELD_STATUS;
  }
  for (const field of fields.summaryOnlyFields) {
    summary[field] = lastValue(commandLine, optionName(field));
  }
  for (const field of fields.sharedFields) summary[field] = payload[field];
  summary[BLOCKERS_FIELD] = [...(commandLine.options.get(BLOCKER_OPTION) ?? [])];
  const status = lastValue(commandLine, 'response-status') as ResponseStatus | undefined;
  return operation.buildResponse(request, summary, status);
}
