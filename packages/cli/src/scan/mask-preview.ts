import { escapeNonPrintable } from '@cavra/contracts-core';

/** How many leading characters a preview shows. */
export const PREVIEW_PREFIX_LENGTH = 4;

/**
 * Material shorter than this shows no leading characters at all: four characters of a
 * short password would give most of it away, while four characters of a long token only
 * name its kind (`ghp_`, `AKIA`, `xoxb`).
 */
export const PREVIEW_MIN_LENGTH = 16;

/**
 * A masked preview of sensitive material: its first 4 characters and its length, e.g.
 * `ghp_… (40 chars)`. Material shorter than {@link PREVIEW_MIN_LENGTH} characters shows
 * only its length (`… (7 chars)`). Unprintable characters in the prefix show as `\uXXXX` escapes.
 * Characters are counted as code points.
 *
 * @param material The sensitive text (a token, a value, or a key that is a credential).
 * @returns The preview, safe to print.
 */
export function maskPreview(material: string): string {
  const characters = Array.from(material);
  const shown =
    characters.length >= PREVIEW_MIN_LENGTH
      ? escapeNonPrintable(characters.slice(0, PREVIEW_PREFIX_LENGTH).join(''))
      : '';
  const unit = characters.length === 1 ? 'char' : 'chars';
  return `${shown}… (${characters.length} ${unit})`;
}
