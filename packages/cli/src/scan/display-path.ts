import { relative, sep } from 'node:path';
import { locateSensitiveText } from '@cavra/contracts-core';
import { maskPreview } from './mask-preview.js';

/**
 * The name a scanned file is reported by: relative to the working directory, with `/`
 * separators, and any credential in the name masked (a file may be named after a token).
 * Otherwise the real name, so a SARIF viewer can open the file: whoever prints it escapes
 * its unprintable characters (`formatPosition`, JSON output).
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
  return shown + name.slice(at);
}
