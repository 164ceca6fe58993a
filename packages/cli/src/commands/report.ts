import { usageError } from '../cli-error.js';
import { defineCliCommand } from '../command.js';
import { formatIssues } from '../document/describe-check.js';
import { loadDocument } from '../document/load-document.js';
import { EXIT_CODES } from '../exit-codes.js';
import { printErr, printJson, printOut } from '../output.js';
import { quoteInput } from '../redact.js';
import { buildReport } from '../report/readiness-report.js';
import { renderMarkdown } from '../report/render-markdown.js';
import { renderText } from '../report/render-text.js';
import { stdoutStyle } from '../style.js';

const FORMATS = ['text', 'markdown', 'json'] as const;

/** `cavra-contracts report [FILE|-]`: the readiness view of a response. */
export default defineCliCommand({
  meta: {
    name: 'report',
    description:
      'Show the readiness of a response or a {"request", "response"} pair: checks, rollup, blockers',
  },
  args: {
    file: {
      type: 'positional',
      required: false,
      description: 'A response or pair as JSON; - or nothing reads stdin',
    },
    format: {
      type: 'string',
      description: `Output format: ${FORMATS.join(', ')} (default text)`,
      valueHint: FORMATS.join('|'),
    },
  },
  examples: [
    'cavra-contracts report pair.json',
    'cavra-contracts respond support_handoff_readiness tenant-acme --escalation-status blocked | cavra-contracts report',
    'cavra-contracts report --format markdown response.json >> "$GITHUB_STEP_SUMMARY"',
  ],
  async run({ args }) {
    const format = args.format ?? 'text';
    if (!(FORMATS as readonly string[]).includes(format)) {
      throw usageError(
        `unknown format ${quoteInput(format)}; formats: ${FORMATS.join(', ')}`,
        'report',
      );
    }
    const check = await loadDocument(args.file, 'report');
    if (!check.valid) {
      printErr(`cavra-contracts: ${formatIssues(check)}`);
      return EXIT_CODES.violation;
    }
    if (!check.response || !check.contract) {
      throw usageError(
        'report needs a response or a {"request", "response"} pair, and this is a request',
        'report',
      );
    }
    const report = buildReport(check.contract, check.response, check.request);
    if (format === 'json') printJson(report);
    else if (format === 'markdown') printOut(renderMarkdown(report));
    else printOut(renderText(report, stdoutStyle()));
    return EXIT_CODES.ok;
  },
});
