import { escapeNonPrintable } from '@cavra/contracts-core';

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** The five characters HTML gives meaning to, and every character outside printable ASCII. */
const SPECIAL = /[&<>"']|[^ -~\t\n]/u;
const SPECIALS = /[&<>"']|[^ -~\t\n]/gu;

/**
 * Escapes text for HTML element content and quoted attribute values, so a document value
 * always shows as the text it is and never becomes markup. Every character outside
 * printable ASCII becomes a numeric character reference too: the page stays ASCII, which
 * the browser decodes several times faster than UTF-8 text (a 10,000-tenant report holds
 * megabytes of it), and it reads the same in any encoding. A character that prints as
 * nothing or changes the direction of what follows (U+202E, U+200F, a zero-width space) is
 * shown as its `\uXXXX` escape instead, as the command line shows it, so a value cannot pass
 * for another or reorder the page around it.
 *
 * @param text Any text.
 * @returns The text with `&`, `<`, `>`, `"` and `'` replaced by character references, and
 *   every other character outside printable ASCII (tab and line feed aside) by `&#N;`, or
 *   by its visible `\uXXXX` escape when it is non-printable.
 */
export function escapeHtml(text: string): string {
  if (!SPECIAL.test(text)) return text;
  return text.replace(SPECIALS, (character) => ENTITIES[character] ?? visibleReference(character));
}

/**
 * A non-printable character as core's `\uXXXX` escape (as a character reference the browser
 * would still apply it), any other as `&#N;`.
 */
function visibleReference(character: string): string {
  const escaped = escapeNonPrintable(character);
  return escaped === character ? `&#${character.codePointAt(0)};` : escaped;
}
