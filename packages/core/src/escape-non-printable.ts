/**
 * Characters that print as nothing, or change how what follows prints: control characters
 * (C0, DEL, C1), format characters (zero-width, bidi controls, BOM, soft hyphen, tags),
 * line and paragraph separators, and lone surrogates.
 */
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;

/**
 * Escapes every non-printable character of a text as `\uXXXX` (or `\u{XXXXX}` above the
 * BMP), so `tenant-acme\u200b` cannot pass for `tenant-acme` in a terminal or a rendered
 * report, and an escape sequence cannot restyle the output. Printable text, line feeds and
 * tabs included only when `keep` says so, is left as it is.
 *
 * @param text Any text.
 * @param keep Characters to leave alone, e.g. `'\n'` for multi-line text; default none.
 * @returns The text with each non-printable character escaped.
 */
export function escapeNonPrintable(text: string, keep = ''): string {
  return text.replace(NON_PRINTABLE, (character) => {
    if (keep.includes(character)) return character;
    const code = character.codePointAt(0) as number;
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
