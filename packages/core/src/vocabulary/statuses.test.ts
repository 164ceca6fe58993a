import { describe, expect, it } from 'vitest';
import {
  AUTOMATION_STATUSES,
  DEFAULT_RESPONSE_STATUS,
  DEFAULT_SUMMARY_STATUS,
  READINESS_STATUSES,
  RESPONSE_STATUSES,
} from './statuses.js';

describe('status vocabularies are the exact lists of DESIGN.md', () => {
  it('readiness statuses are ready, degraded, blocked and unknown', () => {
    expect(READINESS_STATUSES).toEqual(['ready', 'degraded', 'blocked', 'unknown']);
  });

  it('automation statuses are ready, scheduled, enabled, automated, blocked and unknown', () => {
    expect(AUTOMATION_STATUSES).toEqual([
      'ready',
      'scheduled',
      'enabled',
      'automated',
      'blocked',
      'unknown',
    ]);
  });

  it('response statuses are accepted, unavailable and requires_private_service', () => {
    expect(RESPONSE_STATUSES).toEqual(['accepted', 'unavailable', 'requires_private_service']);
  });

  it('the default response status is requires_private_service', () => {
    expect(DEFAULT_RESPONSE_STATUS).toBe('requires_private_service');
    expect(RESPONSE_STATUSES).toContain(DEFAULT_RESPONSE_STATUS);
  });

  it('a summary status field told nothing is unknown, in both vocabularies', () => {
    expect(DEFAULT_SUMMARY_STATUS).toBe('unknown');
    expect(READINESS_STATUSES).toContain(DEFAULT_SUMMARY_STATUS);
    expect(AUTOMATION_STATUSES).toContain(DEFAULT_SUMMARY_STATUS);
  });
});
