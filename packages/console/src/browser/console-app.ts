import type { ConsolePaths } from '../page/render-console-page.js';
import { escapeHtml } from '../render/escape-html.js';
import { renderReadiness } from '../render/render-readiness.js';
import type { ConsoleContract } from '../view/console-contract.js';
import { fleetEntry } from '../view/fleet-entry.js';
import { type FleetEntry, fleetView, rejectedDocument } from '../view/fleet-view.js';
import { checkOverApi } from './check-over-api.js';
import { readFormValues } from './form-values.js';
import { splitDocuments, type TextDocument } from './split-documents.js';

/** What the page's JSON data block holds. */
interface ConsoleData {
  readonly contracts: readonly ConsoleContract[];
  /** Every published version's console data; a document is shown in its own version. */
  readonly versions: readonly ConsoleContract[];
  readonly paths: ConsolePaths;
}

/** How many documents are validated at once. */
const PARALLEL = 6;

/**
 * Starts the console page: reads its data block and wires the documents form (paste, drop,
 * upload) and the build form. Every document value reaches the page through the shared
 * renderer, which escapes it, or through `textContent`.
 */
export function startConsole(): void {
  const data = JSON.parse(byId('console-data').textContent ?? '{}') as ConsoleData;
  wireDocuments(data);
  wireBuilder(data);
}

function wireDocuments(data: ConsoleData): void {
  const form = byId('documents-form') as HTMLFormElement;
  const text = byId('documents-text') as HTMLTextAreaElement;
  const files = byId('documents-files') as HTMLInputElement;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void show(data, splitDocuments(text.value, 'pasted'));
  });
  files.addEventListener('change', () => {
    void readFiles(files.files).then((documents) => show(data, documents));
  });
  text.addEventListener('dragover', (event) => {
    event.preventDefault();
    text.classList.add('dragging');
  });
  text.addEventListener('dragleave', () => text.classList.remove('dragging'));
  text.addEventListener('drop', (event) => {
    event.preventDefault();
    text.classList.remove('dragging');
    void readFiles(event.dataTransfer?.files ?? null).then((documents) => show(data, documents));
  });
}

async function readFiles(list: FileList | null): Promise<TextDocument[]> {
  const documents: TextDocument[] = [];
  for (const file of list ?? []) documents.push(...splitDocuments(await file.text(), file.name));
  return documents;
}

async function show(data: ConsoleData, documents: readonly TextDocument[]): Promise<void> {
  const status = byId('documents-status');
  const target = byId('readiness');
  if (documents.length === 0) {
    status.textContent = 'Nothing to show: paste or upload at least one document.';
    target.replaceChildren();
    return;
  }
  status.textContent = `Checking ${documents.length} ${documents.length === 1 ? 'document' : 'documents'}…`;
  const entries: FleetEntry[] = new Array(documents.length);
  let next = 0;
  const worker = async () => {
    while (next < documents.length) {
      const index = next++;
      entries[index] = await entryOf(data, documents[index] as TextDocument);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, documents.length) }, worker));
  const fleet = fleetView(data.contracts, entries);
  const tenants = fleet.operations.reduce((sum, entry) => sum + entry.tenants.length, 0);
  // The renderer escapes every document value.
  target.innerHTML = renderReadiness(fleet, { level: 3, idPrefix: 'view' });
  status.textContent = `Read ${fleet.documents} ${fleet.documents === 1 ? 'document' : 'documents'}: ${tenants} ${tenants === 1 ? 'tenant' : 'tenants'}, ${fleet.rejected.length} left out.`;
}

async function entryOf(data: ConsoleData, document: TextDocument): Promise<FleetEntry> {
  if (document.error !== undefined) {
    return {
      kind: 'rejected',
      document: rejectedDocument(document.source, 'document', [
        { path: '', message: document.error, rule: 'json' },
      ]),
    };
  }
  const checked = await checkOverApi(document.value, data.paths.validate);
  return fleetEntry(data.versions, checked, document.source);
}

function wireBuilder(data: ConsoleData): void {
  const form = byId('build-form') as HTMLFormElement;
  const select = byId('build-operation') as HTMLSelectElement;
  const output = byId('build-json');
  select.addEventListener('change', () => {
    for (const part of form.querySelectorAll<HTMLElement>('.contract-form')) {
      part.hidden = part.dataset['operation'] !== select.value;
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const submitter = (event as SubmitEvent).submitter as HTMLElement | null;
    const what = submitter?.dataset['build'] === 'response' ? 'response' : 'request';
    void build(data, select.value, what);
  });
  byId('copy-json').addEventListener('click', () => {
    const status = byId('build-status');
    const text = output.textContent ?? '';
    if (text === '') {
      status.textContent = 'Nothing to copy yet: build a request or a response first.';
      return;
    }
    navigator.clipboard.writeText(text).then(
      () => {
        status.textContent = 'JSON copied to the clipboard.';
      },
      () => {
        window.getSelection()?.selectAllChildren(output);
        status.textContent =
          'The clipboard is not available here: the JSON is selected, copy it with the keyboard.';
      },
    );
  });
}

async function build(
  data: ConsoleData,
  operation: string,
  what: 'request' | 'response',
): Promise<void> {
  const status = byId('build-status');
  const issues = byId('build-issues');
  const output = byId('build-json');
  const view = byId('build-view');
  const part = document.querySelector(`.contract-form[data-operation="${CSS.escape(operation)}"]`);
  if (part === null) return;
  const values = readFormValues(part);
  issues.replaceChildren();
  view.replaceChildren();
  const path = (pattern: string) => pattern.replace(':operation', encodeURIComponent(operation));
  const request = await post(path(data.paths.requests), values.request);
  if (!request.ok) return showIssues(status, issues, 'The request was not built', request.body);
  if (what === 'request') {
    output.textContent = JSON.stringify(request.body, null, 2);
    status.textContent = `Built a ${operation} request.`;
    return;
  }
  const response = await post(path(data.paths.responses), {
    request: request.body,
    summary: values.summary,
    ...(values.status === undefined ? {} : { status: values.status }),
  });
  if (!response.ok) return showIssues(status, issues, 'The response was not built', response.body);
  output.textContent = JSON.stringify({ request: request.body, response: response.body }, null, 2);
  status.textContent = `Built a ${operation} request and its response.`;
  const contract = data.contracts.find((entry) => entry.operation === operation);
  if (contract === undefined) return;
  const entry = fleetEntry(
    data.contracts,
    {
      valid: true,
      operation,
      label: `${operation} request and response`,
      issues: [],
      request: request.body as Record<string, unknown>,
      response: response.body as Record<string, unknown>,
    },
    'built here',
  );
  view.innerHTML = renderReadiness(fleetView(data.contracts, [entry]), {
    level: 3,
    idPrefix: 'built',
  });
}

function showIssues(
  status: HTMLElement,
  target: HTMLElement,
  summary: string,
  body: unknown,
): void {
  const error = (body as { error?: { message?: unknown; issues?: unknown } } | null)?.error;
  const list = Array.isArray(error?.issues)
    ? (error.issues as { path?: unknown; message?: unknown }[])
    : [];
  status.textContent = `${summary}: ${typeof error?.message === 'string' ? error.message : 'the server refused it'}.`;
  target.innerHTML = `<ul class="error-list">${list
    .map(
      (issue) =>
        `<li><code>${escapeHtml(String(issue.path ?? ''))}</code>: ${escapeHtml(String(issue.message ?? ''))}</li>`,
    )
    .join('')}</ul>`;
}

async function post(url: string, body: unknown): Promise<{ ok: boolean; body: unknown }> {
  try {
    const answer = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { ok: answer.ok, body: await answer.json().catch(() => null) };
  } catch {
    return { ok: false, body: { error: { message: 'the server could not be reached' } } };
  }
}

function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`the console page has no #${id}`);
  return element;
}
