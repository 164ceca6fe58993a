import { describe, expect, it } from 'vitest';
import { contractStatusFields } from './contract-status-fields.js';

describe('contractStatusFields lists the status fields a rollup reads', () => {
  it('takes the check fields in check order, skipping checks without one', () => {
    const spec = {
      checkFields: { beta_check: 'beta_status', gamma_check: null, alpha_check: 'alpha_status' },
    };
    expect(contractStatusFields(spec)).toEqual(['beta_status', 'alpha_status']);
  });

  it('puts the overall fields first', () => {
    const spec = {
      checkFields: { first_drill: 'first_status', second_drill: 'second_status' },
      overallFields: ['overall_status'],
    };
    expect(contractStatusFields(spec)).toEqual(['overall_status', 'first_status', 'second_status']);
  });

  it('returns a frozen list the caller cannot change the declaration through', () => {
    const overallFields = ['overall_status'];
    const fields = contractStatusFields({ checkFields: { a: 'a_status' }, overallFields });
    expect(Object.isFrozen(fields)).toBe(true);
    expect(fields).not.toBe(overallFields);
    expect(contractStatusFields({ checkFields: {} })).toEqual([]);
  });
});
