import { describe, expect, it } from 'vitest';
import { AUTOMATION_SEVERITY, READINESS_SEVERITY } from '../vocabulary/status-order.js';
import type { AutomationStatus, ReadinessStatus } from '../vocabulary/statuses.js';
import { rollupStatus } from './rollup.js';

describe('rollupStatus on readiness: blocked > unknown > degraded > ready', () => {
  const roll = (statuses: ReadinessStatus[]) => rollupStatus(statuses, READINESS_SEVERITY);

  it('gives ready when every status is ready', () => {
    expect(roll(['ready', 'ready', 'ready'])).toBe('ready');
  });

  it('lets blocked win over everything', () => {
    expect(roll(['ready', 'degraded', 'unknown', 'blocked'])).toBe('blocked');
    expect(roll(['blocked', 'ready'])).toBe('blocked');
  });

  it('lets unknown win over degraded and ready', () => {
    expect(roll(['unknown', 'degraded', 'ready'])).toBe('unknown');
  });

  it('lets degraded win over ready', () => {
    expect(roll(['ready', 'degraded', 'ready'])).toBe('degraded');
  });

  it('lets unknown win over ready', () => {
    expect(roll(['ready', 'unknown'])).toBe('unknown');
  });

  it('does not depend on the order of the list', () => {
    expect(roll(['degraded', 'unknown'])).toBe(roll(['unknown', 'degraded']));
  });

  it('gives the best status, ready, for an empty list', () => {
    expect(roll([])).toBe('ready');
  });

  it('takes any iterable, such as a Set or a generator', () => {
    expect(rollupStatus(new Set<ReadinessStatus>(['ready', 'degraded']), READINESS_SEVERITY)).toBe(
      'degraded',
    );
    function* statuses(): Generator<ReadinessStatus> {
      yield 'ready';
      yield 'unknown';
    }
    expect(rollupStatus(statuses(), READINESS_SEVERITY)).toBe('unknown');
  });

  it('throws a TypeError for a status outside the vocabulary', () => {
    expect(() => roll(['ready', 'scheduled' as ReadinessStatus])).toThrow(TypeError);
    expect(() => roll(['ready', 'scheduled' as ReadinessStatus])).toThrow(
      'status "scheduled" is not in the vocabulary',
    );
  });
});

describe('rollupStatus on automation: blocked > unknown > scheduled > enabled > automated > ready', () => {
  const roll = (statuses: AutomationStatus[]) => rollupStatus(statuses, AUTOMATION_SEVERITY);

  it('gives ready when every status is ready', () => {
    expect(roll(['ready', 'ready'])).toBe('ready');
  });

  it('ranks each status below the one before it in the order', () => {
    for (let index = 0; index < AUTOMATION_SEVERITY.length - 1; index++) {
      const worse = AUTOMATION_SEVERITY[index] as AutomationStatus;
      const better = AUTOMATION_SEVERITY[index + 1] as AutomationStatus;
      expect(roll([better, worse])).toBe(worse);
      expect(roll([worse, better])).toBe(worse);
    }
  });

  it('lets blocked win over unknown, and unknown over any progress', () => {
    expect(roll(['scheduled', 'unknown', 'blocked'])).toBe('blocked');
    expect(roll(['automated', 'unknown', 'scheduled'])).toBe('unknown');
  });

  it('reports the least advanced automation: scheduled over enabled over automated', () => {
    expect(roll(['automated', 'enabled', 'scheduled', 'ready'])).toBe('scheduled');
    expect(roll(['automated', 'enabled', 'ready'])).toBe('enabled');
    expect(roll(['automated', 'ready'])).toBe('automated');
  });

  it('gives the best status, ready, for an empty list', () => {
    expect(roll([])).toBe('ready');
  });

  it('throws a TypeError for a readiness-only status', () => {
    expect(() => roll(['degraded' as AutomationStatus])).toThrow(TypeError);
  });
});
