import {
  ContractError,
  classifyKey,
  formatJsonPath,
  type PathSegment,
  REDACTED_KEY,
} from '@cavra/contracts-core';

/**
 * The deepest nesting of arrays and objects {@link parseJsonText} accepts. Contract
 * documents are at most 5 levels deep; 32 leaves room for any wrapper a caller adds.
 */
export const MAX_JSON_DEPTH = 32;

const SUMMARY = 'JSON text rejected';
const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/** Where the parser is: the text, the position, and the keys and indices above it. */
interface State {
  readonly text: string;
  at: number;
  readonly segments: PathSegment[];
}

/**
 * Parses JSON text strictly, for text read from an untrusted source (a file, stdin, an
 * HTTP body). It gives the same value as `JSON.parse` for every text `JSON.parse` accepts,
 * except that it rejects, as a {@link ContractError}:
 * - nesting deeper than {@link MAX_JSON_DEPTH} (`too_deep`), at the first bracket past the
 *   limit, before anything below it is parsed;
 * - a key that appears twice in one object (`duplicate_key`), with the key's JSON path:
 *   parsers disagree on which value wins, so a document that means two things is refused;
 * - malformed JSON (`malformed_json`), with the line and column (1-based, in UTF-16 code
 *   units) of the first character that does not fit.
 *
 * The work is linear in the length of the text. Messages never quote the text; a key that
 * the guard flags shows as `<redacted key>` in a path.
 *
 * No npm parser fits these three needs together: `JSON.parse` and the parsers built on it
 * (`secure-json-parse`, `@hapi/bourne`, `destr`) keep the last duplicate and build the
 * whole tree first; AST parsers (`@humanwhocodes/momoa`, `json-source-map`) report
 * positions but neither duplicates nor depth; `jsonc-parser` also accepts comments and
 * trailing commas. This one is small and fuzzed against `JSON.parse`.
 *
 * @param text The JSON text (a leading byte-order mark is not JSON: decode it away first).
 * @returns The parsed value.
 * @throws {ContractError} with one issue: `malformed_json`, `duplicate_key` or `too_deep`.
 */
export function parseJsonText(text: string): unknown {
  const state: State = { text, at: 0, segments: [] };
  skipWhitespace(state);
  const value = parseValue(state, 0);
  skipWhitespace(state);
  if (state.at < text.length) throw malformed(state, 'expected the end of the text');
  return value;
}

function parseValue(state: State, depth: number): unknown {
  const { text } = state;
  const code = text.charCodeAt(state.at);
  switch (code) {
    case 0x7b /* { */:
      return parseObject(state, enter(state, depth));
    case 0x5b /* [ */:
      return parseArray(state, enter(state, depth));
    case 0x22 /* " */:
      return parseString(state);
    case 0x74 /* t */:
      return parseLiteral(state, 'true', true);
    case 0x66 /* f */:
      return parseLiteral(state, 'false', false);
    case 0x6e /* n */:
      return parseLiteral(state, 'null', null);
    default:
      return parseNumber(state);
  }
}

/** A number as the JSON grammar has it: `-? int frac? exp?`, converted as JSON.parse does. */
function parseNumber(state: State): number {
  const { text } = state;
  const start = state.at;
  let at = start;
  if (text.charCodeAt(at) === 0x2d /* - */) at++;
  const first = text.charCodeAt(at);
  if (first === 0x30 /* 0 */) {
    at++;
  } else if (first > 0x30 && first <= 0x39) {
    at = skipDigits(text, at + 1);
  } else {
    state.at = at;
    throw malformed(state, 'expected a value');
  }
  if (text.charCodeAt(at) === 0x2e /* . */) {
    const end = skipDigits(text, at + 1);
    if (end === at + 1) {
      state.at = end;
      throw malformed(state, 'expected a digit');
    }
    at = end;
  }
  const exponent = text.charCodeAt(at);
  if (exponent === 0x65 /* e */ || exponent === 0x45 /* E */) {
    at++;
    const sign = text.charCodeAt(at);
    if (sign === 0x2b /* + */ || sign === 0x2d /* - */) at++;
    const end = skipDigits(text, at);
    if (end === at) {
      state.at = end;
      throw malformed(state, 'expected a digit');
    }
    at = end;
  }
  state.at = at;
  // A single digit, the commonest number, needs no conversion.
  return at === start + 1 ? first - 0x30 : Number(text.slice(start, at));
}

function skipDigits(text: string, from: number): number {
  let at = from;
  for (let code = text.charCodeAt(at); code >= 0x30 && code <= 0x39; code = text.charCodeAt(at)) {
    at++;
  }
  return at;
}

/** Checks the depth of a container about to be opened; returns its depth. */
function enter(state: State, depth: number): number {
  if (depth >= MAX_JSON_DEPTH) {
    const path = formatPath(state.segments);
    throw rejected(
      path,
      `arrays and objects nest deeper than ${MAX_JSON_DEPTH} levels at ${path} (${where(state)})`,
      'too_deep',
    );
  }
  state.at++;
  return depth + 1;
}

function parseObject(state: State, depth: number): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  skipWhitespace(state);
  if (state.text.charCodeAt(state.at) === 0x7d /* } */) {
    state.at++;
    return object;
  }
  for (;;) {
    if (state.text.charCodeAt(state.at) !== 0x22) throw malformed(state, 'expected a key');
    const keyAt = state.at;
    const key = parseString(state);
    if (Object.hasOwn(object, key)) {
      state.at = keyAt;
      const path = formatPath([...state.segments, key]);
      throw rejected(
        path,
        `key ${path} appears twice (${where(state)}): a key may appear only once in an object`,
        'duplicate_key',
      );
    }
    skipWhitespace(state);
    if (state.text.charCodeAt(state.at) !== 0x3a /* : */) throw malformed(state, "expected ':'");
    state.at++;
    skipWhitespace(state);
    state.segments.push(key);
    const value = parseValue(state, depth);
    state.segments.pop();
    if (key === '__proto__') {
      // As JSON.parse does: an own property, not the prototype.
      Object.defineProperty(object, key, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
      });
    } else {
      object[key] = value;
    }
    skipWhitespace(state);
    const next = state.text.charCodeAt(state.at);
    state.at++;
    if (next === 0x7d /* } */) return object;
    if (next !== 0x2c /* , */) {
      state.at--;
      throw malformed(state, "expected ',' or '}'");
    }
    skipWhitespace(state);
  }
}

function parseArray(state: State, depth: number): unknown[] {
  const array: unknown[] = [];
  skipWhitespace(state);
  if (state.text.charCodeAt(state.at) === 0x5d /* ] */) {
    state.at++;
    return array;
  }
  for (;;) {
    state.segments.push(array.length);
    array.push(parseValue(state, depth));
    state.segments.pop();
    skipWhitespace(state);
    const next = state.text.charCodeAt(state.at);
    state.at++;
    if (next === 0x5d /* ] */) return array;
    if (next !== 0x2c /* , */) {
      state.at--;
      throw malformed(state, "expected ',' or ']'");
    }
    skipWhitespace(state);
  }
}

function parseString(state: State): string {
  const { text } = state;
  let start = state.at + 1;
  let value = '';
  for (let index = start; ; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x22 /* " */) {
      state.at = index + 1;
      return value + text.slice(start, index);
    }
    if (code === 0x5c /* \ */) {
      value += text.slice(start, index);
      const escaped = text.charAt(index + 1);
      if (escaped === 'u') {
        const hex = text.slice(index + 2, index + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
          state.at = index;
          throw malformed(state, 'expected four hexadecimal digits after \\u');
        }
        value += String.fromCharCode(Number.parseInt(hex, 16));
        index += 5;
      } else {
        const decoded = ESCAPES[escaped];
        if (decoded === undefined) {
          state.at = index;
          throw malformed(state, 'expected a valid escape sequence');
        }
        value += decoded;
        index += 1;
      }
      start = index + 1;
    } else if (Number.isNaN(code)) {
      state.at = index;
      throw malformed(state, 'expected the end of the string');
    } else if (code < 0x20) {
      state.at = index;
      throw malformed(state, 'expected no control character inside a string (escape it)');
    }
  }
}

function parseLiteral<T>(state: State, word: string, value: T): T {
  if (!state.text.startsWith(word, state.at)) throw malformed(state, 'expected a value');
  state.at += word.length;
  return value;
}

function skipWhitespace(state: State): void {
  const { text } = state;
  let at = state.at;
  for (;;) {
    const code = text.charCodeAt(at);
    if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) break;
    at++;
  }
  state.at = at;
}

/** `line L, column C` of the current position, 1-based. */
function where(state: State): string {
  const before = state.text.slice(0, state.at);
  const lineStart = before.lastIndexOf('\n') + 1;
  let line = 1;
  for (let index = before.indexOf('\n'); index !== -1; index = before.indexOf('\n', index + 1)) {
    line++;
  }
  return `line ${line}, column ${state.at - lineStart + 1}`;
}

/** The JSON path of the segments, with every key the guard flags redacted. */
function formatPath(segments: readonly PathSegment[]): string {
  return formatJsonPath(
    segments.map((segment) =>
      typeof segment === 'string' && classifyKey(segment)?.redact ? REDACTED_KEY : segment,
    ),
  );
}

function malformed(state: State, expected: string): ContractError {
  const end = state.at >= state.text.length;
  return rejected(
    '',
    `not valid JSON at ${where(state)}: ${end ? `the text ends too early, ${expected}` : expected}`,
    'malformed_json',
  );
}

function rejected(path: string, message: string, rule: string): ContractError {
  return new ContractError(SUMMARY, [{ path, message, rule }]);
}
