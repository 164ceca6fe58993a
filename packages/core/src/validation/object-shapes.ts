import type * as v from 'valibot';
import type { ContractIssue } from '../contract-error.js';
import { joinJsonPath } from '../json-path.js';
import { isRecord } from './is-record.js';

/**
 * Finds values that stand where a schema expects an object but are arrays (or other
 * non-plain objects such as dates or maps). Valibot's object schemas read any `typeof
 * 'object'` value, so an all-optional object such as a request payload would accept `[]`;
 * the wire format (and its JSON Schema) wants a JSON object there.
 *
 * @param schema The schema the input is checked against.
 * @param input The untrusted input.
 * @param path JSON path of `input` inside a larger document; default the root.
 * @returns One issue per misplaced value, naming the field; empty when there are none.
 */
export function findNonObjects(
  schema: v.GenericSchema,
  input: unknown,
  path = '',
): ContractIssue[] {
  const issues: ContractIssue[] = [];
  visit(schema, input, path, issues);
  return issues;
}

function visit(schema: unknown, input: unknown, path: string, issues: ContractIssue[]): void {
  let inner = schema;
  while (isRecord(inner) && 'wrapped' in inner) inner = inner['wrapped'];
  if (!isRecord(inner) || !isRecord(inner['entries'])) return;
  if (typeof input !== 'object' || input === null) return;
  if (Object.prototype.toString.call(input) !== '[object Object]') {
    const name = path === '' ? 'document' : (path.split(/[.[]/).pop() ?? path);
    issues.push({ path, message: `${name} must be an object`, rule: 'object' });
    return;
  }
  const entries = inner['entries'];
  for (const key of Object.keys(entries)) {
    if (!Object.hasOwn(input, key)) continue;
    const child = (input as Record<string, unknown>)[key];
    // Only objects can be misplaced; the path is built for them alone.
    if (typeof child === 'object' && child !== null) {
      visit(entries[key], child, joinJsonPath(path, key), issues);
    }
  }
}
