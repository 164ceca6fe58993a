import { writeFile } from 'node:fs/promises';
import { stringifyJsonText } from '@cavra/contracts';
import { type FleetEntry, fleetView, renderReportPage } from '@cavra/contracts-console';
import { escapeNonPrintable } from '@cavra/contracts-core';
import type { ArgsDef } from 'citty';
import { VARIADIC_SUFFIX } from '../argv.js';
import { inputError, usageError } from '../cli-error.js';
import { commandLineOf, defineCliCommand } from '../command.js';
import { readDocuments } from '../document/read-documents.js';
import { EXIT_CODES } from '../exit-codes.js';
import { printErr } from '../output.js';
import { quoteInput } from '../redact.js';
import { CONSOLE_CONTRACTS } from '../report/readiness-report.js';
import { markdownGlossary, renderMarkdown } from '../report/render-markdown.js';
import { glossaryLine, renderText } from '../report/render-text.js';
import { reportEntry } from '../report/report-entries.js';
import { createStyle, stdoutStyle } from '../style.js';

const FORMATS = ['text', 'markdown', 'json', 'html'] as const;
type Format = (typeof FORMATS)[number];

const reportArgs: ArgsDef = {
  [`inputs${VARIADIC_SUFFIX}`]: {
    type: 'positional',
    required: false,
    description:
      'JSON documents, NDJSON files (.ndjson, .jsonl), folders of them, or - for stdin (the default)',
    valueHint: 'FILE|DIR|-',
  },
  format: {
    type: 'string',
    description: `Output format: ${FORMATS.join(', ')} (default text); html is one self-contained page`,
    valueHint: FORMATS.join('|'),
  },
  output: {
    type: 'string',
    alias: 'o',
    description: 'Write the report to FILE (default stdout)',
    valueHint: 'FILE',
  },
  ndjson: {
    type: 'boolean',
    description:
      'Read every input as NDJSON (one document per line), whatever its name (default by extension)',
  },
};

/** `cavra-contracts report [FILE|DIR|-]...`: the readiness view of responses, one tenant or a fleet. */
export default defineCliCommand({
  meta: {
    name: 'report',
    description:
      'Show the readiness of responses or {"request", "response"} pairs: one tenant, or a fleet as HTML',
  },
  args: reportArgs,
  examples: [
    'cavra-contracts report pair.json',
    'cavra-contracts respond support_handoff_readiness tenant-acme --escalation-status blocked | cavra-contracts report',
    'cavra-contracts report --format markdown response.json >> "$GITHUB_STEP_SUMMARY"',
    'cavra-contracts report fleet.ndjson responses/ --format html -o readiness.html',
  ],
  async run(context) {
    const { options, positionals } = commandLineOf(context);
    const format = options.get('format')?.at(-1) ?? 'text';
    if (!(FORMATS as readonly string[]).includes(format)) {
      throw usageError(
        `unknown format ${quoteInput(format)}; formats: ${FORMATS.join(', ')}`,
        'report',
      );
    }
    const output = options.get('output')?.at(-1);
    const ndjson = options.get('ndjson')?.at(-1) === 'true';
    const entries: FleetEntry[] = [];
    for await (const document of readDocuments(positionals, { ndjson })) {
      entries.push(reportEntry(document));
    }
    const tenants = entries.filter((entry) => entry.kind === 'tenant').length;
    const rejected = entries.filter((entry) => entry.kind === 'rejected').length;
    if (tenants === 0 && rejected === 0) {
      throw usageError(
        entries.length === 0
          ? 'no documents found: give JSON or NDJSON files, folders of them, or pipe documents into stdin'
          : 'report needs a response or a {"request", "response"} pair, and these are requests only',
        'report',
      );
    }
    const text = render(format as Format, entries, output === undefined);
    if (output === undefined) {
      process.stdout.write(text);
    } else {
      try {
        await writeFile(output, text);
      } catch {
        throw inputError(`cannot write ${quoteInput(output)}`);
      }
      const size = Buffer.byteLength(text);
      printErr(
        `wrote ${quoteInput(output)} (${Math.ceil(size / 1024)} KiB): ${tenants} ${tenants === 1 ? 'tenant' : 'tenants'}, ${rejected} left out`,
      );
    }
    const unreadable = entries.filter(isUnreadable).length;
    if (unreadable > 0) {
      throw inputError(
        `${unreadable} ${unreadable === 1 ? 'input' : 'inputs'} could not be read (listed above)`,
      );
    }
    return rejected > 0 ? EXIT_CODES.violation : EXIT_CODES.ok;
  },
});

/** Renders the entries; documents left out go to stderr in the text formats. */
function render(format: Format, entries: readonly FleetEntry[], toTerminal: boolean): string {
  if (format === 'html') {
    return renderReportPage(fleetView(CONSOLE_CONTRACTS, entries));
  }
  if (format === 'json') {
    return entries
      .map((entry) => {
        if (entry.kind === 'tenant') return `${stringifyJsonText(entry.view)}\n`;
        if (entry.kind === 'rejected')
          return `${stringifyJsonText({ valid: false, ...entry.document })}\n`;
        return '';
      })
      .join('');
  }
  const style = toTerminal ? stdoutStyle() : createStyle(false);
  const parts: string[] = [];
  for (const entry of entries) {
    if (entry.kind === 'tenant') {
      parts.push(
        format === 'markdown' ? renderMarkdown(entry.view) : renderText(entry.view, style),
      );
    } else if (entry.kind === 'rejected' && isUnreadable(entry)) {
      // The message about input that cannot be read names it already.
      for (const issue of entry.document.issues) printErr(`cavra-contracts: ${issue.message}`);
    } else if (entry.kind === 'rejected') {
      const { source, label, issues, more_issues } = entry.document;
      const lines = issues.map(
        (issue) =>
          `  - ${escapeNonPrintable(issue.path || '(document)')}: ${escapeNonPrintable(issue.message)}`,
      );
      if (more_issues > 0) lines.push(`  ... and ${more_issues} more`);
      printErr(`cavra-contracts: ${source}: invalid ${label}\n${lines.join('\n')}`);
    }
  }
  if (parts.length > 0) {
    parts.push(format === 'markdown' ? markdownGlossary() : `${style.dim(glossaryLine())}\n`);
  }
  return parts.join('\n');
}

/** Whether a document could not be read at all (missing, unreadable, not JSON): an I/O error. */
function isUnreadable(entry: FleetEntry): boolean {
  return (
    entry.kind === 'rejected' &&
    entry.document.issues.some((issue) => UNREADABLE_RULES.has(issue.rule ?? ''))
  );
}

/** The rules `readDocuments` gives an input it could not read as JSON. */
const UNREADABLE_RULES: ReadonlySet<string> = new Set([
  'unreadable',
  'too_large',
  'malformed_json',
  'duplicate_key',
  'too_deep',
]);
