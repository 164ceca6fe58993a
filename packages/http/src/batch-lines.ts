/** A line sink that writes in batches: what {@link batchLines} returns. */
export interface BatchedLines {
  /** Queues one line (a newline is added); fits `startServer`'s `log` option. */
  readonly log: (line: string) => void;
  /** Writes the queued lines now, e.g. before the process exits. */
  readonly flush: () => void;
}

/** Longest a queued line waits before it is written, in milliseconds. */
export const BATCH_INTERVAL_MS = 100;

/** Queued text that is written at once, without waiting for the interval, in characters. */
export const BATCH_MAX_CHARS = 64 * 1024;

/**
 * Collects lines and writes them with one call every {@link BATCH_INTERVAL_MS} (sooner once
 * {@link BATCH_MAX_CHARS} are queued). A server answering thousands of requests a second then
 * makes a few writes a second rather than one per request: writes to a file or a pipe are
 * synchronous in Node, and one per request costs more than the request's own log line.
 *
 * @param write Writes text, e.g. `(text) => process.stdout.write(text)`.
 * @returns The line sink.
 *
 * @example
 * const lines = batchLines((text) => process.stdout.write(text));
 * const server = await startServer({ log: lines.log });
 * // ... on shutdown:
 * await server.close();
 * lines.flush();
 */
export function batchLines(write: (text: string) => void): BatchedLines {
  let pending = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (pending === '') return;
    const text = pending;
    pending = '';
    write(text);
  };
  return {
    log(line) {
      pending += `${line}\n`;
      if (pending.length >= BATCH_MAX_CHARS) flush();
      else if (timer === undefined) {
        timer = setTimeout(flush, BATCH_INTERVAL_MS);
        // Queued lines never keep the process alive; flush() before exiting.
        timer.unref?.();
      }
    },
    flush,
  };
}
