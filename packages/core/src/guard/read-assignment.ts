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

/** Longest key read before an operator (a value is read up to 1024 characters). */
const MAX_KEY = 64;
/** An HTTP authentication scheme before the credential of an `Authorization` value. */
const SCHEME = /[A-Za-z][\w-]{1,20}[ \t]+/y;

/** A value: unquoted (up to a separator), an XML element's text, or quoted (to its quote). */
const UNQUOTED_VALUE = /[^\s"'`,;&<>(){}[\]|\\]{0,1024}/y;
const ELEMENT_VALUE = /[^<]{0,1024}/y;
const VALUES = {
  '"': /[^"\n]{0,1024}/y,
  "'": /[^'\n]{0,1024}/y,
  '`': /[^`\n]{0,1024}/y,
};
const BLANK = /[ \t]/;
const QUOTE = /["'`]/;
/** What may sit between a key and its operator: blanks, a closing quote (escaped too) or bracket. */
const KEY_CLOSE = /[ \t"'`\]\\]/;
/** Characters of a compound operator before its `=` (`:=`, `?=`, `.=`, `+=`, `::=`, `:::=`). */
const OPERATOR_LEAD = /[:?.+]/;
/** A YAML block scalar's header and the line break and indent before its text (`key: |`). */
const BLOCK_SCALAR = /[|>][-+]?[ \t]{0,8}\r?\n[ \t]{1,16}/y;
/** Blanks and line breaks around an XML element's text. */
const SPACE = /\s/;
/** What a normalised key drops: everything but lowercase letters and digits. */
const NOT_KEY = /[^a-z0-9]/;
const NOT_KEY_ALL = /[^a-z0-9]/g;

/** Whether the character at `index` is of a class (false outside the text). */
const is = (text: string, index: number, set: RegExp) => set.test(text[index] ?? '\u0000');

/**
 * Reads the key before an assignment operator and the value after it, in any of the
 * forms the scanner's expression finds: `key=v`, `key := v`, `key ?= v`, `$key .= v`,
 * `key => v`, `var key string = v`, `"key": "v"` (or JSON escaped in a string), `key: v`,
 * a YAML block scalar `key: |` over the next line, `<fooKey> v </fooKey>`, `("key", "v")`
 * and `key,v`. An `Authorization` value is read after its scheme (`Bearer`, `token`).
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
      while (keyEnd > at - 4 && is(text, keyEnd - 1, OPERATOR_LEAD)) keyEnd--;
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
  while (start < at + 8 && is(text, start, operator === '>' ? SPACE : BLANK)) start++;
  if (operator === ':' && (text[start] === '|' || text[start] === '>')) {
    BLOCK_SCALAR.lastIndex = start;
    if (BLOCK_SCALAR.test(text)) start = BLOCK_SCALAR.lastIndex;
  }
  // A quote escaped inside a string (`\"key\": \"value\"`) opens the value like a quote.
  const escaped = text[start] === '\\' && is(text, start + 1, QUOTE);
  if (escaped) start++;
  const quote = is(text, start, QUOTE) ? text[start] : undefined;
  if (quote !== undefined) start++;
  if (key.includes('authorization') || key === 'auth') {
    SCHEME.lastIndex = start;
    if (SCHEME.test(text)) start = SCHEME.lastIndex;
  }
  // One sticky expression reads the whole value, up to MAX_VALUE characters.
  const value =
    quote !== undefined ? VALUES[quote as '"'] : operator === '>' ? ELEMENT_VALUE : UNQUOTED_VALUE;
  value.lastIndex = start;
  value.test(text);
  let end = value.lastIndex;
  if (escaped && text[end - 1] === '\\') end--;
  if (operator === '>') while (end > start && is(text, end - 1, SPACE)) end--;
  const before = text[keyStart - 1];
  return { rawKey, key, parameter: before === '?' || before === '&', start, end };
}

function readKeyBackwards(text: string, end: number): number {
  let start = end;
  while (start > end - MAX_KEY && isKeyCharacter(text.charCodeAt(start - 1))) start--;
  return start;
}

/**
 * Whether a character may be part of a key read backwards from an operator: `[\w.$-]`. Not
 * `@`: in `user:password@host:port` the text before `@` is a URL's user part, not the key.
 */
function isKeyCharacter(code: number): boolean {
  return isAlphanumeric(code) || code === 95 || code === 46 || code === 36 || code === 45;
}

/**
 * Whether a character code is an ASCII letter or digit.
 *
 * @param code A UTF-16 code unit.
 * @returns The verdict.
 */
export function isAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
