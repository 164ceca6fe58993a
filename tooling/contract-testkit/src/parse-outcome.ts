import { ContractError, type ContractResult, findSensitiveMaterial } from '@cavra/contracts-core';
import { expect } from 'vitest';
import { isJsonPathShape } from './json-path-shape.js';
import { containsString, withKeysReversed } from './json-tree.js';
import { type PrototypeSnapshot, restorePrototypes } from './prototype-snapshot.js';

/** The two parsers of one document kind (request or response) of a contract. */
export interface ParserPair {
  /** `safeParseX*`: must return a result, never throw. */
  safeParse(input: unknown): ContractResult<unknown>;
  /** `parseX*`: must return the document or throw a `ContractError`. */
  parse(input: unknown): unknown;
}

const describeThrown = (caught: unknown): string =>
  caught instanceof Error ? `${caught.name}: ${caught.message.slice(0, 200)}` : typeof caught;

function checkError(error: unknown, tokens: readonly string[], origin: string): void {
  if (!ContractError.isInstance(error)) {
    throw new Error(`${origin} gave ${describeThrown(error)}, not a ContractError`);
  }
  const { issues } = error;
  if (!Array.isArray(issues) || issues.length === 0) {
    throw new Error(`${origin} gave a ContractError without issues`);
  }
  for (const issue of issues) {
    if (typeof issue.path !== 'string' || !isJsonPathShape(issue.path)) {
      throw new Error(`${origin} gave an issue whose path is not a JSON path`);
    }
    if (typeof issue.message !== 'string' || issue.message.length === 0) {
      throw new Error(`${origin} gave an issue at "${issue.path.slice(0, 200)}" without a message`);
    }
  }
  const text = `${error.message}\n${JSON.stringify(issues)}`;
  for (const token of tokens) {
    if (text.includes(token)) throw new Error(`${origin} quoted an injected token-shaped value`);
  }
}

/**
 * Parses one untrusted document with both parsers and checks the outcome:
 *
 * - `safeParse` returns `{ success: boolean }` and never throws; `parse` returns or throws
 *   a `ContractError`, and both agree;
 * - every failure is a `ContractError` with issues, each with a JSON path and a message,
 *   and no text of it quotes any of `tokens`;
 * - `parse` throws the issues `safeParse` returns;
 * - the outcome does not change when every object's keys are reordered;
 * - a document that still carries one of `tokens`, or that the full guard
 *   (`findSensitiveMaterial`) flags, never parses;
 * - a parsed document equals what `safeParse` returned and parses back to itself from
 *   JSON text;
 * - no built-in prototype changed (they are restored before this throws).
 *
 * @param parsers The parsers.
 * @param document The untrusted document.
 * @param tokens Token-shaped strings injected into the document.
 * @param prototypes The prototypes as they were before any parsing.
 * @throws {Error} naming the first rule broken.
 */
export function checkParseOutcome(
  parsers: ParserPair,
  document: unknown,
  tokens: readonly string[],
  prototypes: PrototypeSnapshot,
): void {
  let failure: unknown;
  let failed = false;
  try {
    checkParsers(parsers, document, tokens);
  } catch (caught) {
    failure = caught;
    failed = true;
  }
  const inherited = ({} as Record<string, unknown>)['polluted'] !== undefined;
  // Restored whatever happened, so one polluting input does not fail every later check.
  const polluted = restorePrototypes(prototypes);
  if (inherited) polluted.push('({}).polluted is defined');
  if (polluted.length > 0) throw new Error(`parsing changed prototypes: ${polluted.join(', ')}`);
  if (failed) throw failure;
}

function checkParsers(parsers: ParserPair, document: unknown, tokens: readonly string[]): void {
  let result: ContractResult<unknown>;
  try {
    result = parsers.safeParse(document);
  } catch (caught) {
    throw new Error(`safeParse threw ${describeThrown(caught)}`);
  }
  if (typeof result !== 'object' || result === null || typeof result.success !== 'boolean') {
    throw new Error('safeParse returned no { success } result');
  }

  let parsed = false;
  let output: unknown;
  let thrown: unknown;
  try {
    output = parsers.parse(document);
    parsed = true;
  } catch (caught) {
    checkError(caught, tokens, 'parse');
    thrown = caught;
  }
  if (parsed !== result.success) {
    throw new Error(`parse ${parsed ? 'accepted' : 'rejected'} what safeParse did not`);
  }
  if (parsers.safeParse(withKeysReversed(document)).success !== result.success) {
    throw new Error('the outcome changed when the keys were reordered');
  }

  if (!result.success) {
    checkError(result.error, tokens, 'safeParse');
    expect(result.issues).toEqual(result.error.issues);
    expect((thrown as ContractError).issues, 'parse and safeParse list the same issues').toEqual(
      result.issues,
    );
    return;
  }
  const carried = tokens.filter((token) => containsString(document, token));
  if (carried.length > 0) throw new Error('a document carrying a token-shaped value parsed');
  const findings = findSensitiveMaterial(document);
  if (findings.length > 0) {
    throw new Error(`a document the full guard flags parsed (${findings[0]?.rule})`);
  }
  expect(output).toEqual(result.output);
  expect(parsers.parse(JSON.parse(JSON.stringify(output)))).toEqual(output);
}
