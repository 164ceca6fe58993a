import { findSensitiveMaterial, locateSensitiveText } from '@cavra/contracts-core';
import { isScalar, LineCounter, type Node, parseAllDocuments } from 'yaml';
import { hasAmbiguousKeys } from './ambiguous-keys.js';
import {
  type DocumentIndex,
  type IndexedField,
  indexDocument,
  REDACTED_KEY_SEGMENT,
} from './document-index.js';
import { exceedsFlowDepth } from './flow-depth.js';
import { maskPreview } from './mask-preview.js';
import type { FileFinding } from './scan-finding.js';
import { scanText } from './scan-text.js';
import { type DocumentAliases, documentAliases, MAX_ALIAS_WORK } from './yaml-aliases.js';

/** The kinds of file read as documents. */
export type DocumentKind = 'json' | 'yaml';

/**
 * The most aliases a YAML file may expand before it is scanned as text instead (the
 * parser's guard against alias bombs).
 */
export const MAX_YAML_ALIASES = 100;

/**
 * The longest JSON path a finding reports, in characters; a longer one (a key of a
 * hundred thousand characters) is cut and ends with `…`, so each finding stays one line.
 */
export const MAX_REPORTED_PATH_LENGTH = 200;

/**
 * Scans a JSON or YAML file as documents with the guard (`findSensitiveMaterial`): keys
 * naming secrets and values carrying credentials, each finding with its JSON path and the
 * line and column of the key or value. Every document of a multi-document YAML file is
 * scanned.
 *
 * @param text The file's text.
 * @param kind Whether it is JSON (must parse as JSON) or YAML.
 * @param limit The most findings to report.
 * @returns The findings; `undefined` when the text is not a well-formed document within
 *   the limits (nesting, aliases and their cost, duplicate or collection keys), so the
 *   caller scans it as text.
 */
export function scanDocument(
  text: string,
  kind: DocumentKind,
  limit: number,
): FileFinding[] | undefined {
  if (exceedsFlowDepth(text)) return undefined;
  if (kind === 'json') {
    const parsed = parseJson(text);
    if (parsed === undefined) return undefined;
    // Most files are clean: JSON.parse is far faster than the YAML parser, which is needed only
    // for positions. The text check covers a value hidden behind a later duplicate key.
    const clean =
      findSensitiveMaterial(parsed.value, { limit: 1 }).length === 0 &&
      locateSensitiveText(text, 1).length === 0;
    if (clean) return [];
  }
  const lines = new LineCounter();
  // `logLevel: 'error'`: the parser's warnings would go to stderr as Node warnings.
  const docs = parseAllDocuments(text, {
    lineCounter: lines,
    uniqueKeys: false,
    logLevel: 'error',
  });
  if (!Array.isArray(docs) || docs.some((doc) => doc.errors.length > 0 || hasAmbiguousKeys(doc))) {
    return undefined;
  }
  // The parser resolves aliases in quadratic time: a file whose aliases would cost too much
  // is scanned as text, before the conversion spends that time.
  const aliases = docs.map(documentAliases);
  if (aliases.reduce((work, doc) => work + doc.work, 0) > MAX_ALIAS_WORK) return undefined;
  const values: unknown[] = [];
  for (const doc of docs) {
    try {
      values.push(doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }));
    } catch {
      return undefined;
    }
  }

  const findings: FileFinding[] = [];
  const covered: (readonly [number, number])[] = [];
  docs.forEach((doc, position) => {
    const remaining = limit - findings.length;
    if (remaining <= 0) return;
    const found = findSensitiveMaterial(values[position], { limit: remaining });
    if (found.length === 0) return;
    const index = indexDocument(doc, (aliases[position] as DocumentAliases).targets);
    const taken = new Map<string, number>();
    for (const finding of found) {
      const nth = taken.get(finding.path) ?? 0;
      taken.set(finding.path, nth + 1);
      const field = fieldAt(index, finding.path, nth);
      // The field's key and scalar value are reported; a collection under it is not.
      for (const node of [field?.key, field?.value]) {
        if (isScalar(node) && node.range) covered.push([node.range[0], node.range[2]]);
      }
      const node = finding.target === 'key' ? (field?.key ?? field?.value) : field?.value;
      const material = materialOf(field, finding.target, finding.path);
      const start = startOf(node, material, text);
      const at = start === undefined ? undefined : lines.linePos(start);
      findings.push({
        rule: finding.rule,
        target: finding.target,
        path:
          finding.path.length > MAX_REPORTED_PATH_LENGTH
            ? `${finding.path.slice(0, MAX_REPORTED_PATH_LENGTH)}…`
            : finding.path,
        ...(docs.length > 1 ? { document: position + 1 } : {}),
        ...(at === undefined ? {} : { line: at.line, column: at.col }),
        preview: maskPreview(material),
      });
    }
  });
  // What the documents' values leave out (comments, what lies under a key that is itself a
  // credential) is still in the text: report what the text holds outside the fields found.
  const outside = scanText(text, limit, (offset) =>
    covered.some(([start, end]) => offset >= start && offset < end),
  ).slice(0, limit - findings.length);
  return [...findings, ...outside].sort(byPosition);
}

/** Orders findings by line and column; a finding without a line keeps its place first. */
function byPosition(a: FileFinding, b: FileFinding): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

function parseJson(text: string): { readonly value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

function fieldAt(index: DocumentIndex, path: string, nth: number): IndexedField | undefined {
  const fields = index.get(path);
  return fields?.[Math.min(nth, fields.length - 1)];
}

/**
 * What a finding flagged: the credential inside a flagged value (or the whole value), the
 * value of a key naming a secret, or a key that is itself one.
 */
function materialOf(
  field: IndexedField | undefined,
  target: 'key' | 'value',
  path: string,
): string {
  const value = scalarText(field?.value);
  if (target === 'value') {
    if (value === undefined) return '';
    const span = locateSensitiveText(value, 1)[0];
    return span === undefined ? value : value.slice(span.start, span.end);
  }
  if (path.endsWith(REDACTED_KEY_SEGMENT) && field?.keyText !== undefined) return field.keyText;
  return value ?? '';
}

/**
 * Where a finding starts in the text: where the node's source spells the flagged material
 * out (a credential inside prose, a quoted key), else the node's own start (a value written
 * with escapes, the key of a field whose value is flagged).
 */
function startOf(node: Node | undefined, material: string, text: string): number | undefined {
  const range = node?.range;
  if (!range) return undefined;
  const at = material === '' ? -1 : text.slice(range[0], range[1]).indexOf(material);
  return range[0] + Math.max(at, 0);
}

function scalarText(node: Node | undefined): string | undefined {
  if (!isScalar(node)) return undefined;
  const value = node.value;
  return value === null || value === undefined ? '' : String(value);
}
