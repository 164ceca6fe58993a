import type { Writable } from 'node:stream';

/** Writes lines to a stream in blocks, waiting for the stream to drain when it asks to. */
export interface LineWriter {
  /**
   * Queues one line (a newline is added); resolves at once unless the queue was flushed
   * into a stream that asked to wait.
   */
  readonly write: (line: string) => Promise<void>;
  /** Writes what is queued and waits for the stream to take it. */
  readonly flush: () => Promise<void>;
}

/** Lines are written in blocks of about this many characters. */
const BLOCK_CHARS = 64 * 1024;

/**
 * Creates a writer of many lines, e.g. one result per document of a large batch: lines are
 * joined into blocks (one write per block, not per line), and a stream that is full is
 * waited for, so memory stays flat however many lines are written and however slowly the
 * reader reads.
 *
 * @param stream Where to write, usually `process.stdout` or `process.stderr`.
 * @returns The writer.
 */
export function createLineWriter(stream: Writable): LineWriter {
  let queued: string[] = [];
  let chars = 0;
  const flush = async () => {
    if (queued.length === 0) return;
    const block = queued.join('');
    queued = [];
    chars = 0;
    if (!stream.write(block)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          stream.off('drain', done);
          stream.off('error', done);
          stream.off('close', done);
          resolve();
        };
        stream.on('drain', done);
        stream.on('error', done);
        stream.on('close', done);
      });
    }
  };
  return {
    write: async (line) => {
      queued.push(line.endsWith('\n') ? line : `${line}\n`);
      chars += line.length + 1;
      if (chars >= BLOCK_CHARS) await flush();
    },
    flush,
  };
}
