const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

const SPECIAL = /[&<>"']/;

/**
 * Escapes text for HTML element content and quoted attribute values, so a document value
 * always shows as the text it is and never becomes markup.
 *
 * @param text Any text.
 * @returns The text with `&`, `<`, `>`, `"` and `'` replaced by character references.
 */
export function escapeHtml(text: string): string {
  if (!SPECIAL.test(text)) return text;
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character] as string);
}
