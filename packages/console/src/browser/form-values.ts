/** The values of one contract's build form, as the API's builder routes take them. */
export interface FormValues {
  /** The body of `POST .../requests`: `tenant_id`, envelope options and payload fields. */
  readonly request: Record<string, unknown>;
  /** The summary of `POST .../responses`. */
  readonly summary: Record<string, unknown>;
  /** The response status. */
  readonly status: string | undefined;
}

/**
 * Reads a contract's build form: each control marked with `data-part` (request, summary
 * or status), `data-field` and `data-kind`. An empty optional text is left out, so the
 * contract's default applies.
 *
 * @param form The contract's part of the build form.
 * @returns The values.
 */
export function readFormValues(form: Element): FormValues {
  const request: Record<string, unknown> = {};
  const summary: Record<string, unknown> = {};
  let status: string | undefined;
  for (const control of form.querySelectorAll<HTMLElement>('[data-field]')) {
    const field = control.dataset['field'] ?? '';
    const value = controlValue(control);
    if (value === undefined) continue;
    const part = control.dataset['part'];
    if (part === 'status') status = typeof value === 'string' ? value : undefined;
    else if (part === 'summary') summary[field] = value;
    else request[field] = value;
  }
  return { request, summary, status };
}

function controlValue(control: HTMLElement): unknown {
  switch (control.dataset['kind']) {
    case 'choices':
      return [...control.querySelectorAll<HTMLInputElement>('input[type=checkbox]')]
        .filter((box) => box.checked)
        .map((box) => box.value);
    case 'lines':
      return (control as HTMLTextAreaElement).value
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '');
    default: {
      const value = (control as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement).value;
      return value.trim() === '' ? undefined : value;
    }
  }
}
