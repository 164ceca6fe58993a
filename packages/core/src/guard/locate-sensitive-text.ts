import { scanText } from './scan-text.js';

/** Where a credential sits in a text, and which rule found it. Never the text itself. */
export interface SensitiveSpan {
  /** Id of the rule that fired (a value rule id such as `value.github-token`). */
  readonly rule: string;
  /** UTF-16 offset of the credential's first character. */
  readonly start: number;
  /** UTF-16 offset just past the credential's last character. */
  readonly end: number;
}

const DEFAULT_LIMIT = 100;

/**
 * Finds every credential in a text and says where it is: provider tokens wherever they
 * sit (after `token_`, `key-`, inside a URL or prose), private keys, JWTs, URLs with
 * credentials, and credentials assigned to a key that names them in any common config or
 * source syntax. The text is scanned once, in time linear in its length.
 *
 * @param text Any text (a file, a log line, a string value).
 * @param limit Stop after this many spans; default 100.
 * @returns The spans, in text order, not overlapping.
 */
export function locateSensitiveText(text: string, limit = DEFAULT_LIMIT): readonly SensitiveSpan[] {
  // A fresh array for the caller, never the scanner's shared empty answer.
  return [...scanText(text, limit >= 1 ? Math.floor(limit) : DEFAULT_LIMIT)];
}
