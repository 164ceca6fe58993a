import * as v from 'valibot';
import { hasNoInvisibleCharacters, INVISIBLE_MESSAGE } from './invisible-characters.js';
import { LIMITS } from './limits.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: the pattern exists to find them
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the pattern exists to find them
const CONTROL_EXCEPT_WHITESPACE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/**
 * Tells whether a string holds no control characters at all.
 *
 * @param value The string.
 * @returns `true` when it is free of them.
 */
export function hasNoControlCharacters(value: string): boolean {
  return !CONTROL_CHARACTERS.test(value);
}

/**
 * Schema of a short single-line label (scope, window, cadence, tier): non-empty,
 * at most {@link LIMITS.labelLength} characters, no control, invisible or
 * direction-changing characters.
 */
export const LabelSchema = v.pipe(
  v.string(),
  v.nonEmpty('must not be empty'),
  v.maxLength(LIMITS.labelLength, `must be at most ${LIMITS.labelLength} characters`),
  v.check(hasNoControlCharacters, 'must not contain control characters'),
  v.check(hasNoInvisibleCharacters, INVISIBLE_MESSAGE),
);

/**
 * Schema of free text (boundary, message, next step): non-empty, at most
 * {@link LIMITS.textLength} characters, no control characters but tab and newlines, no
 * invisible or direction-changing characters.
 */
export const TextSchema = v.pipe(
  v.string(),
  v.nonEmpty('must not be empty'),
  v.maxLength(LIMITS.textLength, `must be at most ${LIMITS.textLength} characters`),
  v.check((value) => !CONTROL_EXCEPT_WHITESPACE.test(value), 'must not contain control characters'),
  v.check(hasNoInvisibleCharacters, INVISIBLE_MESSAGE),
);

/**
 * Schema of a blocker list: at most {@link LIMITS.blockerCount} single-line entries of at
 * most {@link LIMITS.blockerLength} characters each, free of invisible and
 * direction-changing characters.
 */
export const BlockersSchema = v.pipe(
  v.array(
    v.pipe(
      v.string(),
      v.nonEmpty('must not be empty'),
      v.maxLength(LIMITS.blockerLength, `must be at most ${LIMITS.blockerLength} characters`),
      v.check(hasNoControlCharacters, 'must not contain control characters'),
      v.check(hasNoInvisibleCharacters, INVISIBLE_MESSAGE),
    ),
  ),
  v.maxLength(LIMITS.blockerCount, `must hold at most ${LIMITS.blockerCount} entries`),
);
