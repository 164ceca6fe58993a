import { randomBytes } from 'node:crypto';
import { ContractError } from '@cavra/contracts-core';
import { parseCommandLine } from '../argv.js';
import { defineCliCommand } from '../command.js';
import { DEMO_SCENARIOS, type DemoScenario } from '../demo/scenarios.js';
import { checkDocument } from '../document/check-document.js';
import { decodeJson } from '../document/decode-json.js';
import { formatIssues, formatValid } from '../document/describe-check.js';
import { EXIT_CODES } from '../exit-codes.js';
import {
  buildRequestFromOptions,
  buildResponseFromOptions,
  respondArgs,
} from '../operations/operation-options.js';
import { findOperation } from '../operations/registry.js';
import { printOut } from '../output.js';
import { buildReport } from '../report/readiness-report.js';
import { renderText } from '../report/render-text.js';
import { type Style, stdoutStyle } from '../style.js';

/** `cavra-contracts demo`: builds, validates and reports synthetic tenants, then shows the guard. */
export default defineCliCommand({
  meta: {
    name: 'demo',
    description:
      'Walk synthetic examples: build, validate and report one tenant per contract, then show the guard',
  },
  args: {},
  examples: ['cavra-contracts demo', 'NO_COLOR=1 cavra-contracts demo | less'],
  run() {
    const style = stdoutStyle();
    printOut(
      style.bold(
        `cavra-contracts demo: ${DEMO_SCENARIOS.length} synthetic tenants, one per contract (made-up data only)`,
      ),
    );
    let failures = 0;
    DEMO_SCENARIOS.forEach((scenario, index) => {
      if (!walkScenario(scenario, `${index + 1}/${DEMO_SCENARIOS.length}`, style)) failures++;
    });
    if (!showGuard(style)) failures++;
    printOut('');
    if (failures > 0) {
      printOut(style.red(`demo failed: ${failures} step(s) did not behave as expected`));
      return EXIT_CODES.violation;
    }
    printOut(
      style.green(
        `demo complete: ${DEMO_SCENARIOS.length} contracts built, validated and reported; the guard rejected the token twice and never echoed it`,
      ),
    );
    return EXIT_CODES.ok;
  },
});

/** Builds a scenario the way `respond` does, validates its JSON as `validate` does, reports it. */
function walkScenario(scenario: DemoScenario, step: string, style: Style): boolean {
  const [operationName = '', tenantId = ''] = scenario.argv;
  const contract = findOperation(operationName)?.contract;
  printOut('');
  printOut(style.cyan(`[${step}] ${operationName}: ${scenario.title}`));
  printOut(style.dim(`$ cavra-contracts respond ${scenario.argv.map(shellQuote).join(' ')}`));
  if (!contract) return false;
  const commandLine = parseCommandLine(scenario.argv, respondArgs(), 'respond');
  const request = buildRequestFromOptions(contract, tenantId, commandLine);
  const response = buildResponseFromOptions(contract, request, commandLine);
  const json = JSON.stringify({ request, response }, null, 2);
  printOut(
    `built   a request (${byteLength(request)} bytes) and its response (${byteLength(response)} bytes)`,
  );
  const check = checkDocument(decodeJson({ name: 'demo', bytes: Buffer.from(json) }));
  if (!check.valid || !check.response) {
    printOut(formatIssues(check));
    return false;
  }
  printOut(`checked ${formatValid(check)}`);
  printOut('');
  printOut(indent(renderText(buildReport(contract, check.response, check.request), style)));
  return true;
}

/** Shows the guard refusing a token-shaped value, built here at run time, in two places. */
function showGuard(style: Style): boolean {
  const token = ['ghp', randomBytes(18).toString('hex')].join('_');
  printOut('');
  printOut(style.cyan('[guard] a token-shaped value never passes, and is never echoed'));
  printOut(`a GitHub-style token of ${token.length} characters was made up at run time`);

  let ok = true;
  const argv = ['support_handoff_readiness', 'tenant-demo-harbor', `--blocker=${token}`];
  printOut(
    style.dim(
      '$ cavra-contracts respond support_handoff_readiness tenant-demo-harbor --blocker=<the token>',
    ),
  );
  try {
    const contract = findOperation(argv[0])?.contract;
    if (!contract) return false;
    const commandLine = parseCommandLine(argv, respondArgs(), 'respond');
    const request = buildRequestFromOptions(contract, 'tenant-demo-harbor', commandLine);
    buildResponseFromOptions(contract, request, commandLine);
    printOut(style.red('the builder accepted the token: this is a bug'));
    ok = false;
  } catch (caught) {
    if (!ContractError.isInstance(caught) || caught.message.includes(token)) return false;
    printOut(`rejected (exit code ${EXIT_CODES.violation}): ${caught.message}`);
  }

  printOut(style.dim('$ cavra-contracts validate  # a request whose requested_by holds the token'));
  const contract = findOperation('customer_operating_dashboard')?.contract;
  if (!contract) return false;
  const request = {
    ...(contract.buildRequest('tenant-demo-northwind', {}) as object),
    requested_by: token,
  };
  const check = checkDocument(request);
  const text = formatIssues(check);
  if (check.valid || text.includes(token)) {
    printOut(style.red('validate accepted or echoed the token: this is a bug'));
    return false;
  }
  printOut(`rejected (exit code ${EXIT_CODES.violation}): ${text}`);
  return ok;
}

function byteLength(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value));
}

function indent(text: string): string {
  return text
    .trimEnd()
    .split('\n')
    .map((line) => (line === '' ? line : `    ${line}`))
    .join('\n');
}

function shellQuote(arg: string): string {
  if (/^[\w@%+=:,./-]+$/.test(arg)) return arg;
  const equals = arg.indexOf('=');
  if (arg.startsWith('--') && equals !== -1) {
    return `${arg.slice(0, equals + 1)}${shellQuote(arg.slice(equals + 1))}`;
  }
  return `'${arg.replaceAll("'", `'\\''`)}'`;
}
