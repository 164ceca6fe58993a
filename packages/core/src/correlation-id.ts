import * as v from 'valibot';

/** Shape of a correlation id: `saas-` and 12 lowercase hex characters. */
export const CORRELATION_ID_PATTERN = /^saas-[0-9a-f]{12}$/;

/** Schema of a correlation id. */
export const CorrelationIdSchema = v.pipe(
  v.string(),
  v.regex(CORRELATION_ID_PATTERN, 'must be "saas-" followed by 12 lowercase hex characters'),
);

/** Random bytes drawn from `globalThis.crypto` at once; each id uses 6 of them. */
const POOL_SIZE = 4096;
const ID_BYTES = 6;
/** Two lowercase hex characters per byte value. */
const HEX = /* @__PURE__ */ Array.from({ length: 256 }, (_, byte) =>
  byte.toString(16).padStart(2, '0'),
);
let pool: Uint8Array | undefined;
/** Where the next id's bytes start; `POOL_SIZE` when the pool must be refilled. */
let offset = POOL_SIZE;
/** The `crypto` object, and its `getRandomValues`, that filled the pool. */
let source: unknown;
let sourceFill: unknown;

/**
 * Creates a fresh correlation id from `globalThis.crypto` (48 random bits).
 *
 * `crypto.getRandomValues` costs about as much for 4 KiB as for 6 bytes, so ids are
 * taken from a pool of 4 KiB of random bytes, refilled when used up, and every byte
 * serves one id only. The pool is refilled at once when `globalThis.crypto`, or its
 * `getRandomValues`, is another than the one that filled it: a test stubbing either sees
 * its own bytes from the next id on.
 *
 * @returns An id such as `saas-3f9c0a12b7e4`.
 */
export function createCorrelationId(): string {
  const crypto = globalThis.crypto;
  if (
    offset > POOL_SIZE - ID_BYTES ||
    crypto !== source ||
    crypto.getRandomValues !== sourceFill ||
    pool === undefined
  ) {
    pool ??= new Uint8Array(POOL_SIZE);
    // Should the fill throw, the pool stays empty: no byte is ever served twice.
    offset = POOL_SIZE;
    crypto.getRandomValues(pool);
    source = crypto;
    sourceFill = crypto.getRandomValues;
    offset = 0;
  }
  const at = offset;
  offset += ID_BYTES;
  const bytes = pool;
  return `saas-${HEX[bytes[at] as number]}${HEX[bytes[at + 1] as number]}${HEX[bytes[at + 2] as number]}${HEX[bytes[at + 3] as number]}${HEX[bytes[at + 4] as number]}${HEX[bytes[at + 5] as number]}`;
}
