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
/** An HTTP authentication scheme before the credential of an `Authorization` value. */
const SCHEME = /[A-Za-z][\w-]{1,20}[ \t]+/y;

/** Character classes of the reader, as bits of one table by character code (ASCII). */
const KEY = 1;
const VALUE_END = 2;
const BLANK = 4;
const QUOTE = 8;
/** What may sit between a key and its operator: blanks, a closing quote or bracket. */
const KEY_CLOSE = 16;
/** Characters of a compound operator before its `=` (`:=`, `?=`, `.=`, `::=`). */
const OPERATOR_LEAD = 32;
const CLASSES = /* @__PURE__ */ (() => {
  const classes = new Uint8Array(128);
  const mark = (characters: string, bit: number) => {
    for (let index = 0; index < characters.length; index++) {
      const code = characters.charCodeAt(index);
      classes[code] = (classes[code] as number) | bit;
    }
  };
  mark('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.$@-', KEY);
  mark('"\'`,;&<>(){}[]|\\ \t\n\v\f\r', VALUE_END);
  mark(' \t', BLANK | KEY_CLOSE);
  mark('"\'`', QUOTE | KEY_CLOSE);
  mark(']', KEY_CLOSE);
  mark(':?.', OPERATOR_LEAD);
  return classes;
})();
/** What a normalised key drops: everything but lowercase letters and digits. */
const NOT_KEY = /[^a-z0-9]/;
const NOT_KEY_ALL = /[^a-z0-9]/g;

/** Whether the character at `index` is of a class (false outside the text and for non-ASCII). */
const is = (text: string, index: number, bit: number) => {
  const code = text.charCodeAt(index);
  return code < 128 && ((CLASSES[code] as number) & bit) !== 0;
};

/**
 * Reads the key before an assignment operator and the value after it, in any of the
 * forms the scanner's expression finds: `key=v`, `key := v`, `key ?= v`, `$key .= v`,
 * `key => v`, `var key string = v`, `"key": "v"`, `key: v`, `<key>v</key>` and
 * `("key", "v")`. An `Authorization` value is read after its scheme (`Bearer`, `token`).
 * Each character is read once, at most 64 for the key and 1024 for the value.
 *
 * @param text The text.
 * @param at Where the operator character is.
 * @param floor Where the key may start at the earliest (after a credential found before).
 * @param accepts Whether a key (lowercase letters and digits) is worth its value; the
 *   value is read only then, so an operator after any other key costs its key alone.
 * @returns The assignment, or `undefined` when there is no (accepted) key.
 */
export function readAssignment(
  text: string,
  at: number,
  floor = 0,
  accepts: (key: string) => boolean = () => true,
): Assignment | undefined {
  const operator = text[at];
  let keyEnd = at;
  let keyStart: number;
  if (operator === '>') {
    // The expression found `<key>`, a key of at most MAX_KEY characters.
    keyStart = text.lastIndexOf('<', at) + 1;
    if (keyStart < at - MAX_KEY) return undefined;
  } else {
    if (operator === '=') {
      while (keyEnd > at - 3 && is(text, keyEnd - 1, OPERATOR_LEAD)) keyEnd--;
    }
    while (keyEnd > at - 8 && is(text, keyEnd - 1, KEY_CLOSE)) keyEnd--;
    keyStart = readKeyBackwards(text, keyEnd);
    // A Go declaration's type between its name and `=` (`var password string = ...`).
    if (keyEnd - keyStart === 6 && text.startsWith('string', keyStart)) {
      keyEnd = keyStart;
      while (keyEnd > keyStart - 4 && is(text, keyEnd - 1, BLANK)) keyEnd--;
      keyStart = readKeyBackwards(text, keyEnd);
    }
  }
  if (keyStart < floor) return undefined;
  const rawKey = text.slice(keyStart, keyEnd);
  const lower = rawKey.toLowerCase();
  const key = NOT_KEY.test(lower) ? lower.replace(NOT_KEY_ALL, '') : lower;
  if (key === '' || !accepts(key)) return undefined;

  let start = at + 1;
  if (operator === '=' && text[start] === '>') start++;
  while (start < at + 8 && is(text, start, BLANK)) start++;
  const quote = is(text, start, QUOTE) ? text.charCodeAt(start) : undefined;
  if (quote !== undefined) start++;
  if (key.includes('authorization') || key === 'auth') {
    SCHEME.lastIndex = start;
    if (SCHEME.test(text)) start = SCHEME.lastIndex;
  }
  const last = Math.min(text.length, start + MAX_VALUE);
  let end = start;
  if (quote !== undefined) {
    while (end < last && text.charCodeAt(end) !== quote && text.charCodeAt(end) !== 10) end++;
  } else if (operator === '>') {
    while (end < last && text.charCodeAt(end) !== 60) end++;
  } else {
    while (end < last && !is(text, end, VALUE_END) && !isWideSpace(text.charCodeAt(end))) end++;
  }
  const before = text[keyStart - 1];
  return { rawKey, key, parameter: before === '?' || before === '&', start, end };
}

/** Whether a character beyond ASCII is whitespace (`\s`). */
function isWideSpace(code: number): boolean {
  return code > 127 && /\s/.test(String.fromCharCode(code));
}

function readKeyBackwards(text: string, end: number): number {
  let start = end;
  while (start > end - MAX_KEY && is(text, start - 1, KEY)) start--;
  return start;
}
