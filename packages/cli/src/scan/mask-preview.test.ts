import { describe, expect, it } from 'vitest';
import { maskPreview, PREVIEW_MIN_LENGTH } from './mask-preview.js';

describe('a masked preview shows at most the first 4 characters and the length', () => {
  it('shows the kind of a long token and its length, never its body', () => {
    const token = ['ghp', 'a'.repeat(36)].join('_');
    const preview = maskPreview(token);
    expect(preview).toBe('ghp_… (40 chars)');
    expect(preview).not.toContain('a'.repeat(2));
  });

  it('shows only the length of short material', () => {
    expect(maskPreview('hunter2')).toBe('… (7 chars)');
    expect(maskPreview('x'.repeat(PREVIEW_MIN_LENGTH - 1))).toBe(
      `… (${PREVIEW_MIN_LENGTH - 1} chars)`,
    );
    expect(maskPreview('x')).toBe('… (1 char)');
  });

  it('counts code points and escapes control characters in the prefix', () => {
    expect(maskPreview(`\u0001\u{1F511}${'k'.repeat(20)}`)).toBe('\\u0001\u{1F511}kk… (22 chars)');
  });
});
