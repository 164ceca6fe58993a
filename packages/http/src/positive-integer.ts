/**
 * Checks a numeric option that must be a positive integer (a limit, a cap, a timeout), so a
 * value such as `NaN` from an unparsed environment variable fails at start-up instead of
 * quietly lifting the limit.
 *
 * @param name The option's name, for the message.
 * @param value The value given.
 * @returns The value.
 * @throws {RangeError} when it is not an integer of at least 1.
 */
export function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) {
    throw new RangeError(`${name} must be a positive integer, not ${String(value)}`);
  }
  return value;
}
