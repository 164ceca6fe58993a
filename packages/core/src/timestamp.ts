import * as v from 'valibot';

const TIMESTAMP_MESSAGE = 'must be an ISO-8601 timestamp such as 2026-11-21T09:30:00Z';

const RFC_3339_MESSAGE =
  'must be an RFC 3339 timestamp on a real calendar day: "T" between date and time, and "Z" or a "+hh:mm" offset';

/** RFC 3339 `date-time` shape (the ISO-8601 profile JSON Schema's `date-time` format names). */
const RFC_3339_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * Tells whether an ISO-8601 timestamp is also an RFC 3339 `date-time` on a real calendar
 * day. Strings that are no ISO-8601 timestamp at all pass, so that only the ISO-8601 rule
 * reports them.
 *
 * @param value A string.
 * @returns `false` for an ISO-8601 timestamp that is not such a `date-time`.
 */
function isRfc3339WhenIso(value: string): boolean {
  if (!v.ISO_TIMESTAMP_REGEX.test(value)) return true;
  const match = RFC_3339_PATTERN.exec(value);
  return match !== null && Number(match[3]) <= daysInMonth(Number(match[1]), Number(match[2]));
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Schema of an ISO-8601 timestamp such as `2026-11-21T09:30:00Z`, in the RFC 3339 profile
 * that JSON Schema's `date-time` format names: a `T` separator, seconds, `Z` or a `+hh:mm`
 * offset, and a day that exists in its month.
 */
export const TimestampSchema = v.pipe(
  v.string(),
  v.isoTimestamp(TIMESTAMP_MESSAGE),
  v.check(isRfc3339WhenIso, RFC_3339_MESSAGE),
);
