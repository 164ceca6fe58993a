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
 * megabytes of it), and it reads the same in any encoding.
 *
 * @param text Any text.
 * @returns The text with `&`, `<`, `>`, `"` and `'` replaced by character references, and
 *   every other character outside printable ASCII (tab and line feed aside) by `&#N;`.
 */
export function escapeHtml(text: string): string {
  if (!SPECIAL.test(text)) return text;
  return text.replace(
    SPECIALS,
    (character) => ENTITIES[character] ?? `&#${character.codePointAt(0)};`,
  );
}
