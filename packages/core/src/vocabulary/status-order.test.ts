import { describe, expect, it } from 'vitest';
import { rollupStatus } from '../contract/rollup.js';
import {
  AUTOMATION_SATISFIED,
  AUTOMATION_SEVERITY,
  READINESS_SATISFIED,
  READINESS_SEVERITY,
} from './status-order.js';
import { AUTOMATION_STATUSES, READINESS_STATUSES } from './statuses.js';

describe('readiness statuses have a documented worst-to-best order', () => {
  it('orders blocked, unknown, degraded, ready from worst to best', () => {
    expect(READINESS_SEVERITY).toEqual(['blocked', 'unknown', 'degraded', 'ready']);
  });

  it('rolls five unknown checks and one degraded check up to unknown', () => {
    const statuses = ['unknown', 'unknown', 'degraded', 'unknown', 'unknown', 'unknown'] as const;
    expect(rollupStatus(statuses, READINESS_SEVERITY)).toBe('unknown');
  });

  it('never rates no evidence healthier than partial evidence', () => {
    expect(rollupStatus(['degraded', 'unknown'], READINESS_SEVERITY)).toBe('unknown');
    expect(rollupStatus(['degraded', 'ready'], READINESS_SEVERITY)).toBe('degraded');
    expect(rollupStatus(['unknown', 'blocked'], READINESS_SEVERITY)).toBe('blocked');
  });

  it('ranks every readiness status exactly once', () => {
    expect([...READINESS_SEVERITY].sort()).toEqual([...READINESS_STATUSES].sort());
  });

  it('counts only ready as satisfied', () => {
    expect(READINESS_SATISFIED).toEqual(['ready']);
  });
});

describe('automation statuses have a documented worst-to-best order', () => {
  it('orders blocked, unknown, scheduled, enabled, automated, ready from worst to best', () => {
    expect(AUTOMATION_SEVERITY).toEqual([
      'blocked',
      'unknown',
      'scheduled',
      'enabled',
      'automated',
      'ready',
    ]);
  });

  it('ranks every automation status exactly once', () => {
    expect([...AUTOMATION_SEVERITY].sort()).toEqual([...AUTOMATION_STATUSES].sort());
  });

  it('counts scheduled, enabled, automated and ready as satisfied', () => {
    expect(AUTOMATION_SATISFIED).toEqual(['scheduled', 'enabled', 'automated', 'ready']);
  });

  it('leaves only blocked and unknown asking for a person', () => {
    const unsatisfied = AUTOMATION_STATUSES.filter(
      (status) => !(AUTOMATION_SATISFIED as readonly string[]).includes(status),
    );
    expect(unsatisfied.sort()).toEqual(['blocked', 'unknown']);
  });

  it('puts every satisfied status after every unsatisfied one', () => {
    const firstSatisfied = Math.min(
      ...AUTOMATION_SATISFIED.map((status) => AUTOMATION_SEVERITY.indexOf(status)),
    );
    expect(AUTOMATION_SEVERITY.slice(0, firstSatisfied)).toEqual(['blocked', 'unknown']);
  });
});
