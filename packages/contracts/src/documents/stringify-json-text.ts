/**
 * Characters `JSON.stringify` leaves raw that print as nothing or change how what follows
 * prints: DEL and the C1 controls, format characters (zero-width, bidi controls, BOM, soft
 * hyphen, tags) and the line and paragraph separators. (It escapes C0 controls and lone
 * surrogates itself.)
 */
const INVISIBLE_IN_JSON = /[\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}]/gu;

/** `\uXXXX` of each UTF-16 code unit of a character: what JSON text reads back as it. */
function escapeCodeUnits(character: string): string {
  let escaped = '';
  for (let index = 0; index < character.length; index++) {
    escaped += `\\u${character.charCodeAt(index).toString(16).padStart(4, '0')}`;
  }
  return escaped;
}

/**
 * `JSON.stringify` for answers that may carry what an untrusted source sent (a key, a file
 * name), read in a terminal, a log or a browser: every invisible or direction-changing
 * character is written as its `\uXXXX` escape, so `tenant_id\u202e` cannot pass for another
 * key where the JSON text is shown, while `JSON.parse` of the text still gives the same
 * value. Such characters only occur inside JSON strings, where the escape is valid.
 *
 * @param value A JSON value.
 * @param indent Spaces to indent nested levels by, as `JSON.stringify`'s third argument;
 *   default none (one line).
 * @returns The JSON text, ASCII-safe where the value held invisible characters.
 */
export function stringifyJsonText(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(INVISIBLE_IN_JSON, escapeCodeUnits);
}
