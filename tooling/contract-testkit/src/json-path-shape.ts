const KEY = '[A-Za-z_$][A-Za-z0-9_$]*';
const INDEX = '\\[\\d+\\]';
/** A key that is not an identifier: a JSON string literal in brackets. */
const QUOTED = '\\["(?:[^"\\\\\\u0000-\\u001f]|\\\\["\\\\/bfnrt]|\\\\u[0-9a-fA-F]{4})*"\\]';

/**
 * The shape of a JSON path as core formats one: `''` for the document, else an identifier,
 * an index or a quoted key, followed by `.identifier`, `[index]` or `["quoted key"]` steps
 * (`payload.summary.blockers[2]`, `payload["odd key"]`). Linear: every step starts with a
 * different character.
 */
export const JSON_PATH_SHAPE = new RegExp(
  `^(?:(?:${KEY}|${INDEX}|${QUOTED})(?:\\.${KEY}|${INDEX}|${QUOTED})*)?$`,
);

/**
 * Whether a string has the shape of a JSON path (see {@link JSON_PATH_SHAPE}).
 *
 * @param path The string.
 * @returns `true` for a JSON path.
 */
export function isJsonPathShape(path: string): boolean {
  return JSON_PATH_SHAPE.test(path);
}
