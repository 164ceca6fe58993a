import { describe, expect, it } from 'vitest';
import { batchLines } from './batch-lines.js';

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('batchLines', () => {
  it('writes the lines of one turn of the event loop with one call', async () => {
    const writes: string[] = [];
    const lines = batchLines((text) => writes.push(text));
    lines.log('one');
    lines.log('two');
    expect(writes).toEqual([]);
    await nextTurn();
    expect(writes).toEqual(['one\ntwo\n']);
    lines.log('three');
    await nextTurn();
    expect(writes).toEqual(['one\ntwo\n', 'three\n']);
  });

  it('flush writes what is queued at once, and nothing when nothing is', async () => {
    const writes: string[] = [];
    const lines = batchLines((text) => writes.push(text));
    lines.flush();
    lines.log('last words');
    lines.flush();
    expect(writes).toEqual(['last words\n']);
    await nextTurn();
    expect(writes).toEqual(['last words\n']);
  });
});
