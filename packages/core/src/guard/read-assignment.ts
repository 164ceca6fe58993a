/** An assignment read around its operator. */
export interface Assignment {
  /** The key as written. */
  readonly rawKey: string;
  /** The key lowercased, letters and digits only. */
  readonly key: string;
  /** Whether the key is a URL query parameter (`?token=`, `&sig=`). */
  readonly parameter: boolean;
  /** Where the value starts and ends (quotes excluded). */
  readonly start: number;
  readonly end: number;
}

/** The characters an assignment operator is found at. */
export const OPERATOR_CHARACTERS = '=:>,';

/** Longest key read before an operator, and longest value read after it. */
const MAX_KEY = 64;
const MAX_VALUE = 1024;
/** Characters of a key read backwards from an operator. */
const KEY_CHARACTER = /[\w.$@-]/;
/** Type words between a Go declaration's name and its `=` (`var password string = ...`). */
const TYPE_WORD = /^string$/;
/** An HTTP authentication scheme before the credential of an `Authorization` value. */
const SCHEME = /[A-Za-z][\w-]{1,20}[ \t]+/y;
/** Characters that end an unquoted value. */
const VALUE_END = /[\s"'`,;&<>(){}[\]|\\]/;

/**
 * Reads the key before an assignment operator and the value after it, in any of the
 * forms the scanner's expression finds: `key=v`, `key := v`, `key ?= v`, `$key .= v`,
 * `key => v`, `var key string = v`, `"key": "v"`, `key: v`, `<key>v</key>` and
 * `("key", "v")`. An `Authorization` value is read after its scheme (`Bearer`, `token`).
 *
 * @param text The text.
 * @param at Where the operator character is.
 * @param floor Where the key may start at the earliest (after a credential found before).
 * @returns The assignment, or `undefined` when there is no key.
 */
export function readAssignment(text: string, at: number, floor = 0): Assignment | undefined {
  const operator = text[at];
  let keyEnd = at;
  let keyStart: number;
  if (operator === '>') {
    keyStart = text.lastIndexOf('<', at) + 1;
  } else {
    if (operator === '=') {
      while (keyEnd > at - 3 && ':?.'.includes(text[keyEnd - 1] ?? '=')) keyEnd--;
    }
    while (keyEnd > at - 8 && /[ \t"'`\]]/.test(text[keyEnd - 1] ?? '=')) keyEnd--;
    keyStart = readKeyBackwards(text, keyEnd);
    if (TYPE_WORD.test(text.slice(keyStart, keyEnd))) {
      keyEnd = keyStart;
      while (keyEnd > keyStart - 4 && /[ \t]/.test(text[keyEnd - 1] ?? '=')) keyEnd--;
      keyStart = readKeyBackwards(text, keyEnd);
    }
  }
  if (keyStart < floor) return undefined;
  const rawKey = text.slice(keyStart, keyEnd);
  const key = rawKey.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (key === '') return undefined;

  let start = at + 1;
  if (operator === '=' && text[start] === '>') start++;
  while (start < at + 8 && /[ \t]/.test(text[start] ?? '=')) start++;
  const quote = /["'`]/.test(text[start] ?? '=') ? text[start] : undefined;
  if (quote !== undefined) start++;
  if (key.includes('authorization') || key === 'auth') {
    SCHEME.lastIndex = start;
    if (SCHEME.test(text)) start = SCHEME.lastIndex;
  }
  const last = Math.min(text.length, start + MAX_VALUE);
  let end = start;
  if (quote !== undefined) {
    while (end < last && text[end] !== quote && text[end] !== '\n') end++;
  } else if (operator === '>') {
    while (end < last && text[end] !== '<') end++;
  } else {
    while (end < last && !VALUE_END.test(text[end] as string)) end++;
  }
  const before = text[keyStart - 1];
  return { rawKey, key, parameter: before === '?' || before === '&', start, end };
}

function readKeyBackwards(text: string, end: number): number {
  let start = end;
  while (start > end - MAX_KEY && KEY_CHARACTER.test(text[start - 1] ?? ' ')) start--;
  return start;
}
