import { describe, expect, it } from 'vitest';
import { LIMITS } from './limits.js';

describe('free text and lists are bounded by documented limits', () => {
  it('holds exactly the documented bounds', () => {
    expect(LIMITS).toEqual({
      identifierLength: 128,
      labelLength: 128,
      textLength: 2000,
      blockerLength: 500,
      blockerCount: 50,
    });
  });

  it('bounds identifiers at 128 characters, as DESIGN.md says', () => {
    expect(LIMITS.identifierLength).toBe(128);
  });
});
