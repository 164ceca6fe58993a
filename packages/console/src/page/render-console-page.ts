import { escapeHtml } from '../render/escape-html.js';
import { renderGlossary } from '../render/render-readiness.js';
import type { ConsoleContract } from '../view/console-contract.js';
import type { FormField } from '../view/form-fields.js';

/** Where the console page finds its assets and the API it is served with. */
export interface ConsolePaths {
  /** The page's script, e.g. `/console.js`. */
  readonly script: string;
  /** The page's style sheet, e.g. `/console.css`. */
  readonly style: string;
  /** `POST` a document to validate it, e.g. `/v1/validate`. */
  readonly validate: string;
  /** `POST` builder options to build a request; `:operation` is replaced by the operation. */
  readonly requests: string;
  /** `POST` `{ request, summary, status }` to build a response; `:operation` as above. */
  readonly responses: string;
}

/** Options of {@link renderConsolePage}. */
export interface RenderConsolePageOptions {
  /** The response statuses a built response may have, default first. */
  readonly responseStatuses: readonly string[];
  /**
   * The console data of every published version of every contract, so a pasted document is
   * shown with the checks and fields of the version it carries; default `contracts`.
   */
  readonly versions?: readonly ConsoleContract[];
}

/**
 * Renders the console page: a place to paste, drop or upload documents (one, a pair, or
 * NDJSON) and see their readiness, and a form per contract, derived from its declaration,
 * that builds a request or a response through the API. The page holds no inline script:
 * its script and style sheet are separate same-origin assets, and the contracts' console
 * data travels as a JSON data block.
 *
 * @param contracts The console data of every contract the API serves.
 * @param paths The assets and API routes.
 * @param options The response statuses.
 * @returns The HTML document.
 */
export function renderConsolePage(
  contracts: readonly ConsoleContract[],
  paths: ConsolePaths,
  options: RenderConsolePageOptions,
): string {
  const versions = options.versions ?? contracts;
  const data = JSON.stringify({ contracts, versions, paths }).replace(/</g, '\\u003c');
  const choices = contracts
    .map(
      (contract) =>
        `<option value="${escapeHtml(contract.operation)}">${escapeHtml(contract.operation)}</option>`,
    )
    .join('');
  const forms = contracts
    .map((contract, index) => renderContractForm(contract, index, options.responseStatuses))
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>CAVRA readiness console</title>
<link rel="stylesheet" href="${escapeHtml(paths.style)}">
<script type="application/json" id="console-data">${data}</script>
<script src="${escapeHtml(paths.script)}" defer></script>
</head>
<body>
<main>
<h1>CAVRA readiness console</h1>
<p>See whether tenants are ready to operate, from the documents of the CAVRA operating contracts. Everything here runs against this server's API; nothing leaves it.</p>
<section class="panel" aria-labelledby="documents-h">
<h2 id="documents-h">Documents</h2>
<form id="documents-form" novalidate>
<label for="documents-text">Paste documents</label>
<p class="hint" id="documents-hint">One JSON document, a {"request", "response"} pair, or NDJSON (one document per line). You can also drop files on this box.</p>
<textarea id="documents-text" class="documents" aria-describedby="documents-hint" spellcheck="false"></textarea>
<label for="documents-files">Or upload files (.json, .ndjson, .jsonl)</label>
<input type="file" id="documents-files" multiple accept=".json,.ndjson,.jsonl,application/json">
<button type="submit">Show readiness</button>
</form>
<p id="documents-status" class="status-line" role="status" aria-live="polite"></p>
<div id="readiness"></div>
</section>
<section class="panel" aria-labelledby="build-h">
<h2 id="build-h">Build a document</h2>
<form id="build-form" novalidate>
<label for="build-operation">Contract</label>
<select id="build-operation">${choices}</select>
${forms}
<button type="submit" data-build="request">Build request</button>
<button type="submit" data-build="response">Build response</button>
</form>
<p id="build-status" class="status-line" role="status" aria-live="polite"></p>
<div id="build-issues"></div>
<h3 id="build-json-h">JSON</h3>
<pre id="build-json" class="json" tabindex="0" aria-labelledby="build-json-h"></pre>
<button type="button" class="secondary" id="copy-json">Copy JSON</button>
<div id="build-view"></div>
</section>
${renderGlossary()}
</main>
</body>
</html>
`;
}

function renderContractForm(
  contract: ConsoleContract,
  index: number,
  responseStatuses: readonly string[],
): string {
  const id = `c${index}`;
  const hidden = index === 0 ? '' : ' hidden';
  const request = contract.request_fields.map((field) => renderField(field, `${id}-q`, 'request'));
  const summary = contract.summary_fields.map((field) => renderField(field, `${id}-s`, 'summary'));
  const status: FormField = {
    name: 'status',
    kind: 'choice',
    options: responseStatuses,
    default: responseStatuses[0] ?? null,
    optional: true,
  };
  return `<div class="contract-form" data-operation="${escapeHtml(contract.operation)}"${hidden}>
<fieldset><legend>Request: ${escapeHtml(contract.operation)}</legend>${request.join('\n')}</fieldset>
<fieldset><legend>Response summary (for Build response)</legend>${summary.join('\n')}
${renderField(status, `${id}-r`, 'status')}</fieldset>
</div>`;
}

function renderField(field: FormField, prefix: string, part: string): string {
  const id = `${prefix}-${field.name}`;
  const name = escapeHtml(field.name);
  const data = `data-part="${part}" data-field="${name}" data-kind="${field.kind}"`;
  const hint = fieldHint(field);
  const hintId = `${id}-hint`;
  const described = hint === '' ? '' : ` aria-describedby="${hintId}"`;
  const hintHtml = hint === '' ? '' : `<p class="hint" id="${hintId}">${escapeHtml(hint)}</p>`;
  const initial = typeof field.default === 'string' ? field.default : '';
  switch (field.kind) {
    case 'choice': {
      const options = field.options.map(
        (option) =>
          `<option${option === field.default ? ' selected' : ''}>${escapeHtml(option)}</option>`,
      );
      return `<label for="${id}">${name}</label>${hintHtml}<select id="${id}" ${data}${described}>${options.join('')}</select>`;
    }
    case 'choices': {
      const chosen = Array.isArray(field.default) ? field.default : field.options;
      const boxes = field.options.map(
        (option, at) =>
          `<label class="inline" for="${id}-${at}"><input type="checkbox" id="${id}-${at}" value="${escapeHtml(option)}"${chosen.includes(option) ? ' checked' : ''}>${escapeHtml(option)}</label>`,
      );
      return `<fieldset ${data}${described}><legend>${name}</legend>${hintHtml}<div class="choice-list">${boxes.join('')}</div></fieldset>`;
    }
    case 'lines': {
      const lines = Array.isArray(field.default) ? field.default.join('\n') : '';
      return `<label for="${id}">${name}</label>${hintHtml}<textarea id="${id}" ${data}${described}>${escapeHtml(lines)}</textarea>`;
    }
    case 'long_text':
      return `<label for="${id}">${name}</label>${hintHtml}<textarea id="${id}" ${data}${described}>${escapeHtml(initial)}</textarea>`;
    default:
      return `<label for="${id}">${name}</label>${hintHtml}<input type="text" id="${id}" ${data}${described} value="${escapeHtml(initial)}"${field.optional ? '' : ' required'}>`;
  }
}

function fieldHint(field: FormField): string {
  if (field.kind === 'lines') return 'One per line; leave empty for none.';
  if (field.kind === 'choices') return 'The checks the request requires, in contract order.';
  if (!field.optional) return 'Required.';
  if (field.kind === 'choice') return '';
  return field.default === null
    ? 'Optional; left empty, it is generated or left out.'
    : 'Optional.';
}
