import * as v from 'valibot';
import { hasNoInvisibleCharacters, INVISIBLE_MESSAGE } from './invisible-characters.js';
import { LIMITS } from './limits.js';
import { hasNoControlCharacters } from './text.js';

/** The `requested_by` used when a caller gives none. */
export const DEFAULT_REQUESTED_BY = 'community';

/**
 * Schema of an identifier (`tenant_id`, `requested_by`): trimmed, then non-empty, at
 * most {@link LIMITS.identifierLength} characters, free of control characters and of
 * invisible or direction-changing characters. The guard keeps it free of secrets.
 */
export const IdentifierSchema = v.pipe(
  v.string(),
  // Before trimming: a byte-order mark or line separator at either end is refused, not dropped.
  v.check(hasNoInvisibleCharacters, INVISIBLE_MESSAGE),
  v.trim(),
  v.nonEmpty('must not be empty'),
  v.maxLength(LIMITS.identifierLength, `must be at most ${LIMITS.identifierLength} characters`),
  v.check(hasNoControlCharacters, 'must not contain control characters'),
);
