import * as v from 'valibot';

/** Shape of a correlation id: `saas-` and 12 lowercase hex characters. */
export const CORRELATION_ID_PATTERN = /^saas-[0-9a-f]{12}$/;

/** Schema of a correlation id. */
export const CorrelationIdSchema = v.pipe(
  v.string(),
  v.regex(CORRELATION_ID_PATTERN, 'must be "saas-" followed by 12 lowercase hex characters'),
);

/**
 * Creates a fresh correlation id from `globalThis.crypto` (48 random bits): the last group
 * of `randomUUID()`, which runtimes serve from a pool of entropy (in Node several times
 * cheaper than a 6-byte `getRandomValues` call), else 6 bytes of `getRandomValues` where
 * `randomUUID` is missing (a browser page outside a secure context).
 *
 * @returns An id such as `saas-3f9c0a12b7e4`.
 */
export function createCorrelationId(): string {
  const { crypto } = globalThis;
  if (typeof crypto.randomUUID === 'function') return `saas-${crypto.randomUUID().slice(24)}`;
  let hex = '';
  for (const byte of crypto.getRandomValues(new Uint8Array(6))) {
    hex += byte.toString(16).padStart(2, '0');
  }
  return `saas-${hex}`;
}
