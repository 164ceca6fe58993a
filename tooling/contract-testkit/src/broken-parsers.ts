import {
  ContractError,
  type ContractResult,
  captureContractResult,
  valibotIssuesToContract,
} from '@cavra/contracts-core';
import * as v from 'valibot';
import { isObject, ownValue } from './json-tree.js';
import type { ParserPair } from './parse-outcome.js';

/** Parsers with one deliberate flaw, and what the fuzzer must report about them. */
export interface BrokenParsers {
  /** The flaw, completing "a parser that …". */
  readonly flaw: string;
  /** The parsers. */
  readonly parsers: ParserPair;
  /** What the failure the fuzzer reports must say. */
  readonly reported: RegExp;
}

const FAILURE = 'invalid document';

/** Builds both parsers from a throwing `parse`, the way core derives `safeParse`. */
const pairOf = (parse: (input: unknown) => unknown): ParserPair => ({
  parse,
  safeParse: (input): ContractResult<unknown> => {
    try {
      return { success: true, output: parse(input) };
    } catch (caught) {
      // The flaw: anything that is not a contract error escapes.
      if (!ContractError.isInstance(caught)) throw caught;
      return { success: false, error: caught, issues: caught.issues };
    }
  },
});

/**
 * Copies a document the way a careless deep merge does: an object under `__proto__` is
 * merged into what `target.__proto__` reads, the copy's prototype: `Object.prototype`.
 * Anything else under `__proto__` is skipped: assigned to `Object.prototype.__proto__` it
 * would throw a TypeError (an immutable prototype), and the fuzzer could report that
 * instead of the pollution this parser exists to show.
 */
function carelessCopy(target: Record<string, unknown>, source: unknown): Record<string, unknown> {
  if (!isObject(source)) return target;
  for (const key of Object.keys(source)) {
    const value = ownValue(source, key);
    if (isObject(value)) {
      const existing = target[key];
      const into = isObject(existing) ? existing : {};
      carelessCopy(into, value);
      if (key !== '__proto__') target[key] = into;
    } else if (key !== '__proto__') {
      target[key] = value;
    }
  }
  return target;
}

/**
 * Parsers of one document kind, each broken in one way a real parser could be: they
 * prove that the fuzzer finds such flaws (fast-check must report a failure).
 *
 * @param parsers The contract's working parsers of the kind.
 * @param schema The kind's valibot schema.
 * @param keyCount How many top-level keys a valid document of the kind has.
 * @returns The broken parsers.
 */
export function brokenParsers(
  parsers: ParserPair,
  schema: v.GenericSchema,
  keyCount: number,
): BrokenParsers[] {
  return [
    {
      flaw: 'throws a TypeError when correlation_id is not a string',
      reported: /TypeError/,
      parsers: pairOf((input) => {
        const id = isObject(input) ? ownValue(input, 'correlation_id') : undefined;
        if (typeof id !== 'string') throw new TypeError('correlation_id.trim is not a function');
        return parsers.parse(input);
      }),
    },
    {
      flaw: 'quotes the received document in its issues',
      reported: /quoted an injected token-shaped value/,
      parsers: pairOf((input) => {
        const result = parsers.safeParse(input);
        if (result.success) return result.output;
        throw new ContractError(
          FAILURE,
          result.issues.map((issue) => ({
            ...issue,
            message: `${issue.message}, received ${JSON.stringify(input)}`,
          })),
        );
      }),
    },
    {
      flaw: 'validates the schema but skips the guard',
      // Without the guard a credential parses, or an unknown key that is one is quoted in a path.
      reported: /carrying a token-shaped value parsed|quoted an injected token-shaped value/,
      parsers: pairOf((input) => {
        const result = captureContractResult(
          (document) => {
            const checked = v.safeParse(schema, document);
            if (!checked.success) {
              throw new ContractError(FAILURE, valibotIssuesToContract(checked.issues));
            }
            return checked.output;
          },
          input,
          FAILURE,
        );
        if (result.success) return result.output;
        throw result.error;
      }),
    },
    {
      flaw: 'reports only the first issue when it throws',
      reported: /same issues/,
      parsers: {
        safeParse: parsers.safeParse,
        parse: (input) => {
          const result = parsers.safeParse(input);
          if (result.success) return result.output;
          throw new ContractError(FAILURE, result.issues.slice(0, 1));
        },
      },
    },
    {
      flaw: `reads no more top-level keys than a valid document has (${keyCount})`,
      reported: /keys were reordered/,
      parsers: pairOf((input) =>
        parsers.parse(
          isObject(input)
            ? Object.fromEntries(
                Object.keys(input)
                  .slice(0, keyCount)
                  .map((key) => [key, ownValue(input, key)]),
              )
            : input,
        ),
      ),
    },
    {
      flaw: 'copies the input with a deep merge that follows __proto__',
      reported: /changed prototypes/,
      parsers: pairOf((input) => parsers.parse(carelessCopy({}, input))),
    },
  ];
}
