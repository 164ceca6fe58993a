import { connect, type Socket } from 'node:net';

/** A raw TCP connection to a test server: what it sent back, and when it closed. */
export interface RawConnection {
  readonly socket: Socket;
  /** Everything received so far, as text. */
  readonly received: () => string;
  /** Resolves with everything received once the server closes the connection. */
  readonly closed: Promise<string>;
  /** Resolves once `count` answers' status lines have arrived. */
  readonly answers: (count: number) => Promise<string>;
}

/**
 * Opens a TCP connection to `127.0.0.1:port` and writes `text` (an HTTP request, perhaps
 * incomplete), so tests can send what no HTTP client sends: a short body, half a header.
 *
 * @param port The server's port.
 * @param text The bytes to send first.
 * @returns The connection.
 */
export async function rawConnection(port: number, text: string): Promise<RawConnection> {
  const socket = connect(port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  let data = '';
  const waiting: { count: number; resolve: (text: string) => void }[] = [];
  socket.setEncoding('utf8').on('data', (chunk: string) => {
    data += chunk;
    for (const wait of [...waiting]) {
      if (statusLines(data) >= wait.count) {
        waiting.splice(waiting.indexOf(wait), 1);
        wait.resolve(data);
      }
    }
  });
  socket.on('error', () => undefined);
  const closed = new Promise<string>((resolve) => socket.once('close', () => resolve(data)));
  socket.write(text);
  return {
    socket,
    received: () => data,
    closed,
    answers: (count) =>
      statusLines(data) >= count
        ? Promise.resolve(data)
        : new Promise((resolve) => waiting.push({ count, resolve })),
  };
}

/** How many HTTP/1.1 status lines a text holds. */
export function statusLines(text: string): number {
  return text.match(/HTTP\/1\.1 \d{3} /g)?.length ?? 0;
}

/**
 * The head of a JSON POST with a declared length.
 *
 * @param path The route.
 * @param length The declared `Content-Length`.
 * @returns The request line and headers, ending with the blank line.
 */
export function postHead(path: string, length: number): string {
  return (
    `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
    `Content-Length: ${length}\r\n\r\n`
  );
}
