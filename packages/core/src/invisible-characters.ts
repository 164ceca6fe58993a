/**
 * The invisible and direction-changing characters no identifier or free text may hold, as
 * the body of a regular-expression character class: zero-width space, non-joiner and joiner
 * (U+200B–U+200D), line and paragraph separators (U+2028, U+2029), bidi embeddings and
 * overrides (U+202A–U+202E), word joiner (U+2060), bidi isolates (U+2066–U+2069), the
 * byte-order mark (U+FEFF) and lone surrogates (U+D800–U+DFFF).
 *
 * It is written with `\uXXXX` escapes only, so the same class runs in JavaScript (with the
 * `u` flag, where a surrogate pair is one code point and only a lone surrogate falls in
 * the surrogate range, as in ajv) and in Python's `re` (as in `jsonschema`).
 */
export const INVISIBLE_CHARACTER_CLASS =
  '\\u200b-\\u200d\\u2028-\\u202e\\u2060\\u2066-\\u2069\\ufeff\\ud800-\\udfff';

const INVISIBLE_CHARACTER = /* @__PURE__ */ new RegExp(`[${INVISIBLE_CHARACTER_CLASS}]`, 'u');

/**
 * Tells whether a string holds none of the {@link INVISIBLE_CHARACTER_CLASS} characters,
 * so that `tenant-acme\u200b` cannot pass for `tenant-acme`.
 *
 * @param value The string.
 * @returns `true` when it is free of them.
 */
export function hasNoInvisibleCharacters(value: string): boolean {
  return !INVISIBLE_CHARACTER.test(value);
}

/** The message of the check that rejects them. */
export const INVISIBLE_MESSAGE = 'must not contain invisible or direction-changing characters';
