// Test-only helpers that build token-shaped strings at run time, so no test file holds a
// secret-looking literal. The characters come from a seeded generator: the same seed
// gives the same text, and the texts are random-looking (high entropy).

/** Letters and digits. */
export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** Lowercase hex digits. */
export const HEX = '0123456789abcdef';
/** Uppercase letters and digits. */
export const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

let state = 0x2545f491;

/**
 * Random-looking text of `length` characters from `alphabet`.
 *
 * @param alphabet The characters to use.
 * @param length How many.
 * @returns The text.
 */
export function randomText(alphabet: string, length: number): string {
  let text = '';
  for (let index = 0; index < length; index++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    text += alphabet[(state >>> 0) % alphabet.length];
  }
  return text;
}

/** A random UUID-shaped text (lowercase hex). */
export function randomUuid(): string {
  return [8, 4, 4, 4, 12].map((length) => randomText(HEX, length)).join('-');
}
