/**
 * Tells whether a value is an object that is not an array: what the wire calls a JSON object.
 * A value that cannot be inspected (a revoked proxy) is not one.
 *
 * @param value Any value.
 * @returns `true` for a non-null, non-array object.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  try {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}
