/** A line sink that writes in batches: what {@link batchLines} returns. */
export interface BatchedLines {
  /** Queues one line (a newline is added); fits `startServer`'s `log` option. */
  readonly log: (line: string) => void;
  /** Writes the queued lines now, e.g. before the process exits. */
  readonly flush: () => void;
}

/**
 * Collects the lines written during one turn of the event loop and writes them with one call,
 * once I/O has been handled. A server answering thousands of requests a second then makes
 * one write per turn rather than one per request: writes to a file or a pipe are synchronous
 * in Node, and one per request costs more than the request itself.
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
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (pending === '') return;
    const text = pending;
    pending = '';
    write(text);
  };
  return {
    log(line) {
      pending += `${line}\n`;
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    },
    flush,
  };
}
