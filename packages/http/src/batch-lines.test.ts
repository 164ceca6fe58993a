import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BATCH_INTERVAL_MS, BATCH_MAX_CHARS, batchLines } from './batch-lines.js';

describe('batchLines', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes the lines queued within the interval with one call', () => {
    const writes: string[] = [];
    const lines = batchLines((text) => writes.push(text));
    lines.log('one');
    lines.log('two');
    vi.advanceTimersByTime(BATCH_INTERVAL_MS - 1);
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(writes).toEqual(['one\ntwo\n']);
    lines.log('three');
    vi.advanceTimersByTime(BATCH_INTERVAL_MS);
    expect(writes).toEqual(['one\ntwo\n', 'three\n']);
  });

  it('writes at once when the queue reaches its size limit', () => {
    const writes: string[] = [];
    const lines = batchLines((text) => writes.push(text));
    const line = 'x'.repeat(1023);
    for (let count = 0; count < BATCH_MAX_CHARS / 1024; count += 1) lines.log(line);
    expect(writes).toHaveLength(1);
    expect(writes[0]).toHaveLength(BATCH_MAX_CHARS);
  });

  it('flush writes what is queued at once, and nothing when nothing is', () => {
    const writes: string[] = [];
    const lines = batchLines((text) => writes.push(text));
    lines.flush();
    lines.log('last words');
    lines.flush();
    expect(writes).toEqual(['last words\n']);
    vi.advanceTimersByTime(10 * BATCH_INTERVAL_MS);
    expect(writes).toEqual(['last words\n']);
  });
});
