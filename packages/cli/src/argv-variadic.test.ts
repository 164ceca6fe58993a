import type { ArgsDef } from 'citty';
import { describe, expect, it } from 'vitest';
import { parseCommandLine, VARIADIC_SUFFIX } from './argv.js';
import { CliError } from './cli-error.js';

const defs: ArgsDef = {
  [`path${VARIADIC_SUFFIX}`]: { type: 'positional' },
  format: { type: 'string' },
};

describe('a positional named with a trailing ... takes any number of values', () => {
  it('keeps every positional, in order, around options', () => {
    const parsed = parseCommandLine(['a', '--format', 'json', 'b', 'c'], defs, 'probe');
    expect(parsed.positionals).toEqual(['a', 'b', 'c']);
    expect(parsed.options.get('format')).toEqual(['json']);
  });

  it('still rejects unknown options', () => {
    expect(() => parseCommandLine(['a', '--nope'], defs, 'probe')).toThrow(CliError);
  });
});
