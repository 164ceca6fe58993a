import { documentCheckJson, failedDocumentCheck, stringifyJsonText } from '@cavra/contracts';
import { VARIADIC_SUFFIX } from '../argv.js';
import { commandLineOf, defineCliCommand } from '../command.js';
import { checkDocument } from '../document/check-document.js';
import { formatIssues, formatValid } from '../document/describe-check.js';
import { readDocuments, type SourcedDocument } from '../document/read-documents.js';
import { MAX_INPUT_BYTES } from '../document/read-input.js';
import { formatSummary, ValidationTally } from '../document/validation-tally.js';
import { createLineWriter } from '../line-writer.js';
import { OPERATION_NAMES } from '../operations/registry.js';

/**
 * `cavra-contracts validate [FILE|DIR|-]...`: checks requests, responses and pairs, one
 * result per document as it is read, then a closing summary.
 */
export default defineCliCommand({
  meta: {
    name: 'validate',
    description:
      'Validate requests, responses and {"request", "response"} pairs (kind and operation recognised) from files, folders, NDJSON or stdin',
  },
  args: {
    [`files${VARIADIC_SUFFIX}`]: {
      type: 'positional',
      required: false,
      description: `JSON files of at most ${MAX_INPUT_BYTES / 1024 / 1024} MiB, .ndjson/.jsonl files (one document per line), folders (searched for those), - for stdin (default stdin)`,
      valueHint: 'FILE|DIR|-',
    },
    json: {
      type: 'boolean',
      description:
        'Print one JSON line per document ({source, line?, valid, kind, operation, schema_version, issues}) and a {summary} line (default off)',
    },
    ndjson: {
      type: 'boolean',
      description:
        'Read every input, stdin included, as NDJSON whatever its name (default by extension)',
    },
  },
  examples: [
    'cavra-contracts validate response.json',
    'cavra-contracts validate tenants/ batch.ndjson --json',
    'cavra-contracts respond customer_operating_dashboard tenant-acme | cavra-contracts validate',
  ],
  async run(context) {
    const { positionals } = commandLineOf(context);
    const json = context.args.json === true;
    const ndjson = context.args.ndjson === true;
    // One input holding one document: its result needs no source prefix and no summary line.
    const single = positionals.length <= 1 && !ndjson && !isNdjsonName(positionals[0]);
    const out = createLineWriter(process.stdout);
    const err = createLineWriter(process.stderr);
    // Diagnostics go to stderr in order with the results: what stdout holds is written first.
    const diagnose = async (text: string) => {
      await out.flush();
      await err.write(`cavra-contracts: ${text}`);
      await err.flush();
    };
    const tally = new ValidationTally();
    let count = 0;
    for await (const document of readDocuments(positionals, { ndjson })) {
      count++;
      const check = document.error
        ? failedDocumentCheck([document.error])
        : checkDocument(document.value);
      if (document.error) tally.addUnreadable();
      else tally.addCheck(check);
      const prefix =
        single && document.source === displayed(positionals[0]) ? '' : `${where(document)}: `;
      if (json) {
        await out.write(stringifyJsonText({ ...origin(document), ...documentCheckJson(check) }));
      } else if (document.error) {
        // The message about input that cannot be read names it already.
        await diagnose(document.error.message);
      } else if (check.valid) {
        await out.write(`${prefix}${formatValid(check)}`);
      } else {
        await diagnose(`${prefix}${formatIssues(check)}`);
      }
    }
    const summary = tally.summary(OPERATION_NAMES);
    if (json) await out.write(JSON.stringify({ summary }));
    else if (count > 1 || !single) await out.write(formatSummary(summary));
    if (count === 0 && !json)
      await diagnose('no documents found: the NDJSON input holds only blank lines');
    await out.flush();
    return tally.exitCode();
  },
});

function isNdjsonName(name: string | undefined): boolean {
  return name !== undefined && (name.endsWith('.ndjson') || name.endsWith('.jsonl'));
}

/** The source a single input is shown as: `stdin` for `-` or nothing. */
function displayed(input: string | undefined): string {
  return input === undefined || input === '-' ? 'stdin' : input;
}

function where(document: SourcedDocument): string {
  return document.line === undefined ? document.source : `${document.source}:${document.line}`;
}

function origin(document: SourcedDocument): { source: string; line?: number } {
  return document.line === undefined
    ? { source: document.source }
    : { source: document.source, line: document.line };
}
