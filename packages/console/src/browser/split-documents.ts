/** One document found in pasted or uploaded text: its value, or why it is not JSON. */
export interface TextDocument {
  /** Where it came from: `pasted`, a file name, with `:line` for NDJSON. */
  readonly source: string;
  /** The parsed value, when the text is JSON. */
  readonly value?: unknown;
  /** Why it is not a document, when it is not JSON. */
  readonly error?: string;
}

/**
 * Splits text into documents: one JSON document (an array counts as a list of documents),
 * or NDJSON, one document per line (blank lines skipped).
 *
 * @param text The text.
 * @param name Where it came from, e.g. `pasted` or a file name.
 * @returns The documents, in order; empty for blank text.
 */
export function splitDocuments(text: string, name: string): TextDocument[] {
  if (text.trim() === '') return [];
  try {
    const value: unknown = JSON.parse(text);
    if (Array.isArray(value)) {
      return value.map((item, index) => ({ source: `${name}[${index}]`, value: item }));
    }
    return [{ source: name, value }];
  } catch {
    // Not one document: read it as NDJSON.
  }
  const documents: TextDocument[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const source = `${name}:${index + 1}`;
    try {
      documents.push({ source, value: JSON.parse(line) });
    } catch {
      // The parser's message quotes the input, which may hold a secret.
      documents.push({ source, error: 'the line is not valid JSON' });
    }
  });
  return documents;
}
