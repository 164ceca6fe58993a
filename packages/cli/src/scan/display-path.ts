import { relative, sep } from 'node:path';
import { locateSensitiveText } from '@cavra/contracts-core';
import { maskPreview } from './mask-preview.js';
import { showPrintable } from './printable.js';

/**
 * The name a scanned file is shown by: relative to the working directory, with `/`
 * separators, unprintable characters (controls, bidi controls, zero-width) shown as `?`, and any credential in the name masked (a
 * file may be named after a token).
 *
 * @param file The file's absolute path.
 * @param cwd The working directory.
 * @returns The name, safe to print.
 */
export function displayPath(file: string, cwd: string): string {
  const name = (relative(cwd, file) || '.').split(sep).join('/');
  let shown = '';
  let at = 0;
  for (const span of locateSensitiveText(name)) {
    shown += name.slice(at, span.start) + maskPreview(name.slice(span.start, span.end));
    at = span.end;
  }
  return showPrintable(shown + name.slice(at));
}
