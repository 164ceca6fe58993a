import { describe, expect, it } from 'vitest';
import { ContractError } from './contract-error.js';
import { captureContractResult, toContractError } from './parse-result.js';

const UNREADABLE = {
  path: '',
  message: 'document could not be read as JSON data',
  rule: 'unreadable',
};

/** A parser that reads the input's `name` as a string, like a schema would. */
function parseName(input: unknown): string {
  const name = (input as { name?: unknown }).name;
  if (typeof name !== 'string') {
    throw new ContractError('invalid probe', [
      { path: 'name', message: 'name must be a string', rule: 'string' },
    ]);
  }
  return name;
}

describe('captureContractResult returns a result and never throws', () => {
  it('returns success and the output when the parser succeeds', () => {
    expect(captureContractResult(parseName, { name: 'a' }, 'invalid probe')).toEqual({
      success: true,
      output: 'a',
    });
  });

  it('returns the ContractError the parser throws, with its issues', () => {
    const result = captureContractResult(parseName, { name: 1 }, 'invalid probe');
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(ContractError.isInstance(result.error)).toBe(true);
    expect(result.issues).toBe(result.error.issues);
    expect(result.issues).toEqual([
      { path: 'name', message: 'name must be a string', rule: 'string' },
    ]);
  });

  it('reports input with a throwing getter as unreadable', () => {
    const input = {
      get name(): string {
        throw new Error('getter exploded');
      },
    };
    const result = captureContractResult(parseName, input, 'invalid probe');
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toEqual([UNREADABLE]);
    expect(result.error.message).toContain('invalid probe');
  });

  it('reports a proxy whose traps throw, and a revoked proxy, as unreadable', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    const { proxy: revoked, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const input of [hostile, revoked]) {
      const result = captureContractResult(parseName, input, 'invalid probe');
      expect(result.success).toBe(false);
      if (!result.success) expect(result.issues).toEqual([UNREADABLE]);
    }
  });

  it('reports null input read by a careless parser as unreadable, not as a crash', () => {
    const result = captureContractResult(parseName, null, 'invalid probe');
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues).toEqual([UNREADABLE]);
  });

  it('survives a parser that throws a non-error or a hostile proxy', () => {
    const thrownValues = [
      'text',
      undefined,
      42,
      new Proxy(
        {},
        {
          has() {
            throw new Error('trap');
          },
          get() {
            throw new Error('trap');
          },
        },
      ),
    ];
    for (const thrown of thrownValues) {
      const result = captureContractResult(
        () => {
          throw thrown;
        },
        {},
        'invalid probe',
      );
      expect(result.success).toBe(false);
      if (!result.success) expect(result.issues).toEqual([UNREADABLE]);
    }
  });
});

describe('toContractError passes contract errors through and hides other errors’ text', () => {
  it('returns a ContractError as it is', () => {
    const error = new ContractError('invalid probe', [{ path: 'a', message: 'a is bad' }]);
    expect(toContractError(error, 'other summary')).toBe(error);
  });

  it('drops the text of any other error, which may quote the input', () => {
    const marker = 'quoted-input-9183';
    const error = toContractError(
      new SyntaxError(`Unexpected token in ${marker}`),
      'invalid probe',
    );
    expect(error.issues).toEqual([UNREADABLE]);
    expect(error.message).toBe(
      'invalid probe (1 issue)\n  - (document): document could not be read as JSON data [unreadable]',
    );
    expect(error.message).not.toContain(marker);
  });
});
