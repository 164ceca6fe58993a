import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  ContractError,
  type ContractIssue,
  MAX_ISSUE_BYTES,
  MAX_ISSUES,
} from './contract-error.js';

const MARKER = Symbol.for('cavra.contracts.ContractError');

const issues: ContractIssue[] = [
  { path: 'tenant_id', message: 'tenant_id must not be empty', rule: 'non_empty' },
  { path: 'payload.summary.blockers[2]', message: 'blockers[2] must be a string', rule: 'string' },
  { path: '', message: 'document could not be read as JSON data' },
];

/** The CommonJS build: a second copy of the class, as in an install holding both formats. */
function loadSecondCopy(): { ContractError: typeof ContractError } {
  const require = createRequire(import.meta.url);
  return require('../dist/index.cjs') as { ContractError: typeof ContractError };
}

describe('a ContractError carries every issue with its JSON path', () => {
  it('keeps the issues in order with path, message and rule', () => {
    const error = new ContractError('invalid probe request', issues);
    expect(error.issues).toEqual(issues);
  });

  it('copies the issues, so later changes to the caller’s list or objects do not leak in', () => {
    const given = issues.map((issue) => ({ ...issue }));
    const error = new ContractError('invalid probe request', given);
    given.push({ path: 'extra', message: 'extra must not exist' });
    (given[0] as { path: string }).path = 'changed';
    expect(error.issues).toHaveLength(3);
    expect(error.issues[0]?.path).toBe('tenant_id');
  });

  it('freezes the issue list and every issue', () => {
    const error = new ContractError('invalid probe request', issues);
    expect(Object.isFrozen(error.issues)).toBe(true);
    for (const issue of error.issues) expect(Object.isFrozen(issue)).toBe(true);
    expect(() => (error.issues as ContractIssue[]).push(issues[0] as ContractIssue)).toThrow(
      TypeError,
    );
  });

  it('leaves out rule when an issue has none', () => {
    const error = new ContractError('invalid probe request', issues);
    expect(error.issues[2]).toEqual({
      path: '',
      message: 'document could not be read as JSON data',
    });
    expect(Object.keys(error.issues[2] as object)).toEqual(['path', 'message']);
  });
});

describe('a ContractError has a readable message listing every issue', () => {
  it('starts with the summary and the number of issues', () => {
    const error = new ContractError('invalid probe request', issues);
    expect(error.message.split('\n')[0]).toBe('invalid probe request (3 issues)');
  });

  it('says "1 issue" for a single issue', () => {
    const error = new ContractError('invalid probe request', issues.slice(0, 1));
    expect(error.message).toBe(
      'invalid probe request (1 issue)\n  - tenant_id: tenant_id must not be empty [non_empty]',
    );
  });

  it('lists each issue on its own line with its path, message and rule', () => {
    const error = new ContractError('invalid probe request', issues);
    expect(error.message.split('\n').slice(1)).toEqual([
      '  - tenant_id: tenant_id must not be empty [non_empty]',
      '  - payload.summary.blockers[2]: blockers[2] must be a string [string]',
      '  - (document): document could not be read as JSON data',
    ]);
  });

  it('is named ContractError and is an Error', () => {
    const error = new ContractError('invalid probe request', issues);
    expect(error.name).toBe('ContractError');
    expect(error).toBeInstanceOf(Error);
    expect(String(error).startsWith('ContractError: invalid probe request')).toBe(true);
  });
});

describe('ContractError.isInstance recognises contract errors from any copy of core', () => {
  it('is true for an error built by this copy', () => {
    expect(ContractError.isInstance(new ContractError('x failed', issues))).toBe(true);
  });

  it('is true for an error built by a second copy of the class (the CommonJS build)', () => {
    const second = loadSecondCopy();
    expect(second.ContractError).not.toBe(ContractError);
    const foreign = new second.ContractError('x failed', issues);
    expect(foreign).not.toBeInstanceOf(ContractError);
    expect(ContractError.isInstance(foreign)).toBe(true);
    expect(second.ContractError.isInstance(new ContractError('x failed', issues))).toBe(true);
  });

  it('is true for any object carrying the shared Symbol.for marker', () => {
    const lookalike = Object.assign(new Error('x failed'), { issues: [] });
    Object.defineProperty(lookalike, MARKER, { value: true });
    expect(ContractError.isInstance(lookalike)).toBe(true);
  });

  it('is false for plain errors, other values and a marker that is not true', () => {
    const falseMarker = { [MARKER]: 'yes' };
    for (const value of [
      new Error('x'),
      new TypeError('x'),
      null,
      undefined,
      'ContractError',
      42,
      {},
      { name: 'ContractError', issues: [] },
      falseMarker,
    ]) {
      expect(ContractError.isInstance(value)).toBe(false);
    }
  });

  it('is false, and does not throw, for a proxy whose traps throw', () => {
    const hostile = new Proxy(
      {},
      {
        has() {
          throw new Error('trap');
        },
        get() {
          throw new Error('trap');
        },
      },
    );
    expect(ContractError.isInstance(hostile)).toBe(false);
  });

  it('does not expose the marker as an enumerable property', () => {
    const error = new ContractError('x failed', issues);
    expect(Object.keys(error)).not.toContain(MARKER.toString());
    expect(Object.getOwnPropertySymbols(error)).toContain(MARKER);
    expect(JSON.stringify(Object.keys(error))).not.toContain('cavra');
  });
});

describe('a ContractError is bounded: at most 100 issues in 4 KiB, then one line counting the rest', () => {
  /** Short issues: a hundred of them fit the byte budget. */
  const many = (count: number): ContractIssue[] =>
    Array.from({ length: count }, (_, index) => ({ path: `a[${index}]`, message: 'bad' }));
  const bytes = (text: string) => new TextEncoder().encode(text).length;

  it(`keeps the first ${MAX_ISSUES} issues and counts the rest in truncated`, () => {
    const error = new ContractError('invalid probe request', many(519_000));
    expect(error.issues).toHaveLength(MAX_ISSUES);
    expect(error.issues[99]?.path).toBe('a[99]');
    expect(error.truncated).toBe(519_000 - MAX_ISSUES);
    const lines = error.message.split('\n');
    expect(lines[0]).toBe('invalid probe request (519000 issues)');
    expect(lines).toHaveLength(MAX_ISSUES + 2);
    expect(lines.at(-1)).toBe(`  … ${519_000 - MAX_ISSUES} more issues not listed`);
  });

  it('keeps everything, and says nothing more, up to the limit', () => {
    const error = new ContractError('invalid probe request', many(MAX_ISSUES));
    expect(error.truncated).toBe(0);
    expect(error.message.split('\n')).toHaveLength(MAX_ISSUES + 1);
  });

  it('keeps only the issues that fit MAX_ISSUE_BYTES, as JSON and as message lines', () => {
    const long = Array.from({ length: 500 }, (_, index) => ({
      path: `payload.required_checks[${index}]`,
      message: `required_checks[${index}] must be one of: billing_monitoring, support_followup`,
      rule: 'picklist',
    }));
    const error = new ContractError('invalid probe request', long);
    expect(error.issues.length).toBeGreaterThan(10);
    expect(error.issues.length).toBeLessThan(MAX_ISSUES);
    expect(error.issues).toEqual(long.slice(0, error.issues.length));
    expect(error.truncated).toBe(500 - error.issues.length);
    // The list's brackets aside, its JSON fits; so do the message's issue lines.
    expect(bytes(JSON.stringify(error.issues))).toBeLessThanOrEqual(MAX_ISSUE_BYTES + 1);
    const lines = error.message.split('\n');
    expect(bytes(lines.slice(1, -1).join('\n'))).toBeLessThanOrEqual(MAX_ISSUE_BYTES);
    expect(lines.at(-1)).toBe(`  … ${error.truncated} more issues not listed`);
  });

  it('adds issues the caller counted but did not pass, and says when checking stopped early', () => {
    const error = new ContractError('invalid probe request', many(3), {
      truncated: 5,
      incomplete: true,
    });
    expect(error.issues).toHaveLength(3);
    expect(error.truncated).toBe(5);
    expect(error.incomplete).toBe(true);
    expect(new ContractError('x failed', many(3)).incomplete).toBe(false);
    expect(error.message.split('\n')[0]).toBe('invalid probe request (at least 8 issues)');
    expect(error.message.split('\n').at(-1)).toBe(
      '  … at least 5 more issues not listed (checking stopped early)',
    );
  });

  it('cuts long paths and messages, and keeps the whole report within a few KiB', () => {
    const key = 'k'.repeat(100_000);
    const issues = Array.from({ length: 500 }, () => ({
      path: `["${key}"]`,
      message: `${key} is not a known field`,
      rule: 'unknown_key'.repeat(20),
    }));
    const error = new ContractError('invalid probe request', issues);
    for (const issue of error.issues) {
      expect(issue.path.length).toBeLessThanOrEqual(200);
      expect(issue.message.length).toBeLessThanOrEqual(300);
      // Too long to show even the first key: the path falls back to the document.
      expect(issue.path).toBe('');
    }
    expect(error.truncated).toBe(500 - error.issues.length);
    expect(bytes(JSON.stringify(error.issues))).toBeLessThanOrEqual(MAX_ISSUE_BYTES + 1);
    expect(bytes(error.message)).toBeLessThan(MAX_ISSUE_BYTES + 1024);
  });

  it('escapes invisible and control characters in its message lines, not in the issue data', () => {
    const error = new ContractError('invalid probe request', [
      { path: 'tenant_id', message: 'tenant-acme\u200b\u202e\u001b[31m is odd', rule: 'check' },
    ]);
    expect(error.message).toContain('tenant-acme\\u200b\\u202e\\u001b[31m is odd');
    expect(error.issues[0]?.message).toBe('tenant-acme\u200b\u202e\u001b[31m is odd');
  });

  it('cuts a long path back to the longest ancestor that fits, so it stays a JSON path', () => {
    const long = `payload.summary.blockers[2]["${'q\\"'.repeat(100)}"].x`;
    const error = new ContractError('x failed', [{ path: long, message: 'm' }]);
    expect(error.issues[0]?.path).toBe('payload.summary.blockers[2]');
  });

  it('never splits a surrogate pair when it cuts a message', () => {
    const error = new ContractError('x failed', [
      { path: 'a', message: `${'a'.repeat(298)}\u{1F600}tail` },
    ]);
    const message = error.issues[0]?.message ?? '';
    expect(message).toBe(`${'a'.repeat(298)}…`);
    expect(encodeURIComponent(message)).toContain('%E2%80%A6');
  });
});
