import { describe, expectTypeOf, it } from 'vitest';
import { ContractError, type ContractIssue } from './contract-error.js';
import type { ContractResult } from './parse-result.js';

describe('a ContractResult narrows on success', () => {
  it('exposes the output only after success is checked true', () => {
    const result = {} as ContractResult<{ tenant_id: string }>;
    if (result.success) {
      expectTypeOf(result.output).toEqualTypeOf<{ tenant_id: string }>();
      expectTypeOf(result).not.toHaveProperty('error');
    } else {
      expectTypeOf(result.error).toEqualTypeOf<ContractError>();
      expectTypeOf(result.issues).toEqualTypeOf<readonly ContractIssue[]>();
      expectTypeOf(result).not.toHaveProperty('output');
    }
  });

  it('types success as a boolean discriminant', () => {
    expectTypeOf<ContractResult<number>['success']>().toEqualTypeOf<boolean>();
  });
});

describe('a ContractIssue has a path, a message and an optional rule', () => {
  it('types the issue fields', () => {
    expectTypeOf<ContractIssue['path']>().toEqualTypeOf<string>();
    expectTypeOf<ContractIssue['message']>().toEqualTypeOf<string>();
    expectTypeOf<ContractIssue['rule']>().toEqualTypeOf<string | undefined>();
  });

  it('types ContractError.issues as a read-only list of issues', () => {
    expectTypeOf<ContractError['issues']>().toEqualTypeOf<readonly ContractIssue[]>();
  });

  it('narrows an unknown value with ContractError.isInstance', () => {
    const caught: unknown = new Error('x');
    if (ContractError.isInstance(caught)) expectTypeOf(caught).toEqualTypeOf<ContractError>();
  });
});
