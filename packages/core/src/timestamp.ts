import * as v from 'valibot';

/** Schema of an ISO-8601 timestamp such as `2026-11-21T09:30:00Z`. */
export const TimestampSchema = v.pipe(
  v.string(),
  v.isoTimestamp('must be an ISO-8601 timestamp such as 2026-11-21T09:30:00Z'),
);
