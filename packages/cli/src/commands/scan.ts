import type { ArgsDef } from 'citty';
import { VARIADIC_SUFFIX } from '../argv.js';
import { CliError, usageError } from '../cli-error.js';
import { commandLineOf, defineCliCommand } from '../command.js';
import { MAX_INPUT_BYTES } from '../document/read-input.js';
import { EXIT_CODES } from '../exit-codes.js';
import { printOut } from '../output.js';
import { printJson } from '../print-json.js';
import { quoteInput } from '../redact.js';
import { formatSarif } from '../scan/format-sarif.js';
import { formatScanText } from '../scan/format-scan-text.js';
import { scanPaths } from '../scan/scan-paths.js';

const FORMATS = ['text', 'json', 'sarif'] as const;

const args: ArgsDef = {
  [`path${VARIADIC_SUFFIX}`]: {
    type: 'positional',
    required: true,
    description: `Files and folders; folders honour .gitignore, binary files and files over ${MAX_INPUT_BYTES / 1024 / 1024} MiB are skipped`,
  },
  format: {
    type: 'string',
    description: `Output format: ${FORMATS.join(', ')} (default text); sarif is SARIF 2.1.0 for code scanning`,
    valueHint: FORMATS.join('|'),
  },
};

/** `cavra-contracts scan PATH...`: runs the sensitive-material guard over files and folders. */
export default defineCliCommand({
  meta: {
    name: 'scan',
    description:
      'Scan files and folders for secrets with the contracts guard (JSON and YAML by JSON path, other files by line)',
  },
  args,
  examples: [
    'cavra-contracts scan .',
    'cavra-contracts scan README.md docs examples --format json',
    'cavra-contracts scan . --format sarif > cavra-scan.sarif',
  ],
  run(context) {
    const commandLine = commandLineOf(context);
    const format = commandLine.options.get('format')?.at(-1) ?? 'text';
    if (!(FORMATS as readonly string[]).includes(format)) {
      throw usageError(
        `unknown format ${quoteInput(format)}; formats: ${FORMATS.join(', ')}`,
        'scan',
      );
    }
    const result = scanPaths(commandLine.positionals, process.cwd());
    if (format === 'json') printJson(result);
    else if (format === 'sarif') printJson(formatSarif(result));
    else printOut(formatScanText(result));
    if (result.unreadable > 0) {
      throw new CliError(
        `${result.unreadable} of the files or folders could not be read`,
        EXIT_CODES.usage,
      );
    }
    return result.findings.length > 0 ? EXIT_CODES.violation : EXIT_CODES.ok;
  },
});
